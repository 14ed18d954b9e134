// A dataset or delta file read as records: gzip → lines → JSON → a validated value, one line at a time, so a large
// file never sits whole in memory. Web-standard streams only: runs in Node, the worker and the page. Failures are
// SyncErrors naming the line, which the reader is shown.
import type { Entity } from '../dataset/format';
import { readLines } from '../dataset/lines';
import { toEntity, ValidationError } from '../dataset/validate';
import { SyncError } from './errors';

/** Checks one parsed line; throws ValidationError naming `where` ("line 12"). */
export type RecordParser<T> = (value: unknown, where: string) => T;

/** Records of a gzip'd JSON-lines file, each parsed by `parse`. */
export async function* readRecords<T>(gzipped: ReadableStream<Uint8Array>, parse: RecordParser<T>): AsyncGenerator<T> {
  const text = gzipped
    .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>);
  const lines = readLines(text);
  for (;;) {
    let next: IteratorResult<{ line: string; number: number }>;
    try {
      next = await lines.next();
    } catch (e) {
      throw new SyncError('corrupt', (e as Error).message);
    }
    if (next.done) return;
    const { line, number } = next.value;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyncError('invalid-json', `line ${number}`);
    }
    try {
      yield parse(value, `line ${number}`);
    } catch (e) {
      if (e instanceof ValidationError) throw new SyncError('invalid-record', e.message);
      throw e;
    }
  }
}

/** Validates an entity and that the file is in id order (FORMAT.md), which the block store and the walk rely on. */
export function entitiesInIdOrder(): RecordParser<Entity> {
  let last: string | null = null;
  return (value, where) => {
    const entity = toEntity(value, where);
    if (last !== null && !(entity.id > last)) {
      throw new ValidationError(`${where}: id "${entity.id}" comes after "${last}"; records must be in ascending id order, each id once`);
    }
    last = entity.id;
    return entity;
  };
}

/** The entities of a full dataset file (entities.jsonl.gz), validated and in id order. */
export function readEntities(gzipped: ReadableStream<Uint8Array>): AsyncGenerator<Entity> {
  return readRecords(gzipped, entitiesInIdOrder());
}

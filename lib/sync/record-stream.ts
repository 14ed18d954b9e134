// A dataset or delta file read as records: gzip → lines → JSON → a validated value, one line at a time, so a large
// file never sits whole in memory. Web-standard streams only: runs in Node, the worker and the page. Failures are
// SyncErrors naming the line, which the reader is shown.
import type { Entity } from '../dataset/format';
import { LineTooLong, readLines } from '../dataset/lines';
import { toEntity, ValidationError } from '../dataset/validate';
import { SyncError } from './errors';

/** Checks one parsed line; throws ValidationError naming `where` ("line 12"). */
export type RecordParser<T> = (value: unknown, where: string) => T;

/**
 * How much a file may unpack to, as a multiple of its compressed size. The format declares no unpacked size, so
 * this is a fixed ratio: the shipped dataset unpacks to 12.4 times its gzip, and JSON lines rarely pass 20, so 64
 * leaves room for any real file while a gzip bomb (a run of one byte, 1000 times and more) is stopped early.
 */
export const INFLATE_RATIO = 64;
/** Small files compress less, but a floor keeps a tiny delta from being held to a few kilobytes. */
export const INFLATE_FLOOR = 16 << 20;
/** The longest line a file may have: the shipped dataset's longest record is 6,121 characters. */
export const MAX_LINE_CHARS = 1 << 20;

/** What a file of `compressedBytes` may unpack to. */
export function inflateLimit(compressedBytes: number): number {
  return Math.max(INFLATE_FLOOR, compressedBytes * INFLATE_RATIO);
}

export interface ReadLimits {
  /** Unpacked bytes past this stop the read (inflateLimit of the file's size). */
  maxInflatedBytes: number;
  maxLineChars?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Unpacked bytes → text: counts the bytes and errors at the first one past `limit`, and refuses bytes that are not
 * UTF-8 (a replacement character would otherwise be installed in a name without a word said).
 */
function checkedText(limit: number): TransformStream<Uint8Array, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  const decode = (bytes: Uint8Array | undefined, controller: TransformStreamDefaultController<string>) => {
    let text: string;
    try {
      text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new SyncError('not-utf8', `after ${total} bytes`);
    }
    if (text) controller.enqueue(text);
  };
  return new TransformStream({
    transform(bytes, controller) {
      total += bytes.byteLength;
      if (total > limit) throw new SyncError('inflated-too-large', `more than ${megabytes(limit)} unpacked`);
      decode(bytes, controller);
    },
    flush(controller) {
      decode(undefined, controller);
    },
  });
}

/** Records of a gzip'd JSON-lines file, each parsed by `parse`, within `limits`. */
export async function* readRecords<T>(gzipped: ReadableStream<Uint8Array>, parse: RecordParser<T>, limits: ReadLimits): AsyncGenerator<T> {
  const text = gzipped
    .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .pipeThrough(checkedText(limits.maxInflatedBytes));
  const lines = readLines(text, limits.maxLineChars ?? MAX_LINE_CHARS);
  for (;;) {
    let next: IteratorResult<{ line: string; number: number }>;
    try {
      next = await lines.next();
    } catch (e) {
      if (e instanceof SyncError) throw e;
      if (e instanceof LineTooLong) throw new SyncError('line-too-long', `line ${e.number}, more than ${megabytes(e.limit)}`);
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
export function readEntities(gzipped: ReadableStream<Uint8Array>, limits: ReadLimits): AsyncGenerator<Entity> {
  return readRecords(gzipped, entitiesInIdOrder(), limits);
}

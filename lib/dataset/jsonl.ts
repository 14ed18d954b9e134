// The entity file: one JSON-encoded Entity a line, gzip'd on disk. Lines stream, so neither the builder nor the
// extension ever holds the whole file as one string. Web-standard APIs only: runs in Node, the worker and the page.

import type { Entity } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { ValidationError, toEntity } from './validate';

export function encodeEntityLine(entity: Entity): string {
  return JSON.stringify(entity);
}

/** One line back to an Entity; throws ValidationError naming the file and line. */
export function decodeEntityLine(line: string, file: string, lineNo: number): Entity {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new ValidationError(`${file}:${lineNo}: not JSON (${(err as Error).message})`);
  }
  return toEntity(value, `${file}:${lineNo}`);
}

/** A whole (already decompressed) file; every bad line is reported, the good ones kept. */
export function parseEntitiesJsonl(text: string, file: string): ImportResult<Entity> {
  const records: Entity[] = [];
  const problems: ImportProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(decodeEntityLine(line, file, i + 1));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      problems.push({ file, line: i + 1, message: err.message });
    }
  });
  return { records, problems };
}

/** Lines of a byte stream, decompressing gzip first when asked. */
export async function* streamLines(
  body: ReadableStream<Uint8Array>,
  options: { gzip: boolean },
): AsyncGenerator<string> {
  const bytes = options.gzip
    ? body.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    : body;
  const reader = bytes.getReader();
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + decoder.decode(value, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Entities from an entities.jsonl(.gz) stream. A bad line stops the read with a ValidationError (file:line):
 * a dataset is taken whole or not at all, so the one already installed keeps working.
 */
export async function* readEntities(
  body: ReadableStream<Uint8Array>,
  options: { gzip: boolean; file: string },
): AsyncGenerator<Entity> {
  let lineNo = 0;
  for await (const line of streamLines(body, options)) {
    lineNo++;
    if (line.trim() !== '') yield decodeEntityLine(line, options.file, lineNo);
  }
}

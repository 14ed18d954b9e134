// The entity file: one JSON-encoded Entity a line, gzip'd on disk. A file is read as a stream of records by
// lib/sync/record-stream.ts; this is the line format, the id order, and whole-file parsing for the tools.

import type { Entity } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { ValidationError, toEntity } from './validate';

export function encodeEntityLine(entity: Entity): string {
  return JSON.stringify(entity);
}

/** The order of a file's records (FORMAT.md): ids by UTF-16 code units, as `<` and IndexedDB compare strings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entities in file order; a repeated id is an error, since a file holds each id once. */
export function sortById(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => compareIds(a.id, b.id));
  sorted.forEach((e, i) => {
    if (i > 0 && sorted[i - 1].id === e.id) throw new ValidationError(`id "${e.id}" appears twice; a dataset holds each id once`);
  });
  return sorted;
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

// A list file read whole by one of the streaming readers of lib/sources (UN, Canada), for the builder and tests: a
// file that is not well-formed gives no records, only its problem, since a list is taken whole or not at all.
import type { ImportProblem } from './problems';
import { XmlError } from './xml';

/** A chunk-fed reader: `write` and `close` return the records completed so far and throw XmlError on a bad file. */
export interface ChunkReader<R> {
  write(chunk: string): R[];
  close(): R[];
}

/** Every record of `text`, or the problem that stopped the reading. */
export function readWholeList<R>(reader: ChunkReader<R>, text: string, file: string): { records: R[] } | { problem: ImportProblem } {
  try {
    return { records: [...reader.write(text), ...reader.close()] };
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    return { problem: { file, line: 0, message: err.message } };
  }
}

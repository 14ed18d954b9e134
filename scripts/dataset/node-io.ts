// Node-only file access for the dataset builder: gzip and Latin-1 on the way in, gzip'd JSON lines out.

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { decodeLatin1 } from '../../lib/dataset/csv';
import type { Entity } from '../../lib/dataset/format';
import { compareIds, encodeEntityLine } from '../../lib/dataset/jsonl';

export function readBytes(path: string): Uint8Array {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** OFAC's legacy CSV files are Latin-1. */
export function readLatin1(path: string): string {
  return decodeLatin1(readBytes(path));
}

export function readUtf8(path: string): string {
  return new TextDecoder('utf-8').decode(readBytes(path));
}

export function requireFile(path: string): string {
  if (!existsSync(path)) throw new Error(`input file not found: ${path}`);
  return path;
}

export interface WrittenFile {
  bytes: number;
  sha256: string;
  records: number;
  names: number;
}

/**
 * Writes entities to a gzip'd JSON-lines file in id order (FORMAT.md), hashing the compressed bytes as they are
 * written. The encoded lines are held until all have come, to be sorted: about the file's unzipped size in memory.
 */
export async function writeEntitiesGz(path: string, entities: Iterable<Entity> | AsyncIterable<Entity>): Promise<WrittenFile> {
  const gzip = createGzip({ level: 9 });
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let bytes = 0;
  gzip.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  gzip.pipe(out);
  const lines: { id: string; line: string }[] = [];
  let names = 0;
  for await (const e of entities) {
    names += e.names.length;
    lines.push({ id: e.id, line: encodeEntityLine(e) });
  }
  lines.sort((a, b) => compareIds(a.id, b.id));
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && lines[i - 1].id === lines[i].id) throw new Error(`id "${lines[i].id}" appears twice; a dataset holds each id once`);
    if (!gzip.write(`${lines[i].line}\n`)) await once(gzip, 'drain');
  }
  const records = lines.length;
  gzip.end();
  await once(out, 'finish');
  return { bytes, sha256: hash.digest('hex'), records, names };
}

/**
 * The lines of a (possibly gzip'd) text file, streamed, numbered from 1, without CR or OFAC's 0x1A end byte.
 * `latin1` decodes as WHATWG latin1 (windows-1252), like decodeLatin1.
 */
export async function* readLines(path: string, encoding: 'latin1' | 'utf-8'): AsyncGenerator<{ line: number; text: string }> {
  let input: NodeJS.ReadableStream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const decoder = new TextDecoder(encoding);
  let rest = '';
  let line = 0;
  for await (const chunk of input) {
    const parts = (rest + decoder.decode(chunk as Buffer, { stream: true })).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) yield { line: ++line, text: p.replace(/\r$/, '').replace(/\x1a+$/, '') };
  }
  rest += decoder.decode();
  if (rest !== '') yield { line: ++line, text: rest.replace(/\r$/, '').replace(/\x1a+$/, '') };
}

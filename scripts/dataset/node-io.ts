// Node-only file access for the dataset builder: gzip and Latin-1 on the way in, gzip'd JSON lines out.

import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { gunzipSync, createGzip } from 'node:zlib';
import { decodeLatin1 } from '../../lib/dataset/csv';
import type { Entity } from '../../lib/dataset/format';
import { encodeEntityLine } from '../../lib/dataset/jsonl';

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
 * Streams entities to a gzip'd JSON-lines file, hashing the compressed bytes as they are written, so memory
 * stays flat however many entities come through.
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
  let records = 0;
  let names = 0;
  for await (const e of entities) {
    records++;
    names += e.names.length;
    if (!gzip.write(`${encodeEntityLine(e)}\n`)) await once(gzip, 'drain');
  }
  gzip.end();
  await once(out, 'finish');
  return { bytes, sha256: hash.digest('hex'), records, names };
}

// A dataset file read as records: gzip → lines → JSON → validated entities in id order; a bad file stops the read
// with the failure the reader is told about, naming the line.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { maduro } from '../dataset/maduro-record';
import { encodeEntityLine } from '../../lib/dataset/jsonl';
import { SyncError } from '../../lib/sync/errors';
import { inflateLimit, readEntities, type ReadLimits } from '../../lib/sync/record-stream';
import { readLines } from '../../lib/dataset/lines';


function stream(bytes: Uint8Array, size = 7): ReadableStream<Uint8Array> {
  // Small chunks so lines cross chunk boundaries.
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
      c.close();
    },
  });
}

async function read(bytes: Uint8Array, limits: ReadLimits = { maxInflatedBytes: inflateLimit(bytes.length) }): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of readEntities(stream(bytes), limits)) out.push(e);
  return out;
}

async function failure(bytes: Uint8Array, limits?: ReadLimits): Promise<SyncError> {
  const e: unknown = await read(bytes, limits).then(() => null, (err: unknown) => err);
  if (!(e instanceof SyncError)) throw new Error(`expected a SyncError, got ${String(e)}`);
  return e;
}

describe('record stream of entities.jsonl.gz', () => {
  it('round-trips entities through gzip in a stream', async () => {
    const text = `${encodeEntityLine(maduro)}\n${encodeEntityLine({ ...maduro, id: 'ofac-22791' })}\n`;
    expect(await read(gzipSync(text))).toEqual([maduro, { ...maduro, id: 'ofac-22791' }]);
  });

  it('stops a stream at a bad line, naming the line', async () => {
    const e = await failure(gzipSync(`${encodeEntityLine(maduro)}\n{"id":"x","kind":"spaceship"}\n`));
    expect(e.failure).toBe('invalid-record');
    expect(e.detail).toMatch(/^line 2\b/);
  });

  it('tells a line that is not JSON, records out of id order, and a damaged file apart', async () => {
    expect(await failure(gzipSync(`${encodeEntityLine(maduro)}\n{"id":\n`))).toMatchObject({ failure: 'invalid-json', detail: 'line 2' });
    const twice = `${encodeEntityLine(maduro)}\n${encodeEntityLine(maduro)}\n`;
    expect((await failure(gzipSync(twice))).detail).toMatch(/^line 2: id "ofac-22790" comes after "ofac-22790"; records must be in ascending id order/);
    expect((await failure(gzipSync(twice).subarray(0, 40))).failure).toBe('corrupt');
  });

  it('refuses a gzip bomb (1 MB that unpacks to 1 GiB without a newline) at the line cap', async () => {
    // 16 gzip members of 64 MiB of "x" each: one file of about 1 MB that unpacks to 1 GiB. Refused as a line too
    // long at line 1, not as too much unpacked (64 MB for this file): the read stopped once the first line passed
    // 1 MiB, long before the rest was inflated. (How fast: npm run bench:hostile.)
    const member = gzipSync(Buffer.alloc(64 << 20, 0x78), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 16 }, () => member));
    expect(bomb.length).toBeLessThan(1.1e6);
    expect(inflateLimit(bomb.length)).toBeLessThan(1 << 30);
    const e: unknown = await (async () => {
      for await (const _ of readEntities(stream(bomb, 1 << 20), { maxInflatedBytes: inflateLimit(bomb.length) }));
    })().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(SyncError);
    expect(e).toMatchObject({ failure: 'line-too-long', detail: 'line 1, more than 1 MB' });
  });

  it('stops a file that unpacks to more than its limit, even in short lines', async () => {
    const lines = gzipSync(Buffer.alloc(24 << 20, 0x0a), { level: 9 });
    expect(inflateLimit(lines.length)).toBe(16 << 20);
    expect(await failure(lines)).toMatchObject({ failure: 'inflated-too-large', detail: 'more than 16.8 MB unpacked' });
    const ok = gzipSync(`${encodeEntityLine(maduro)}\n`);
    expect((await failure(ok, { maxInflatedBytes: 100 })).failure).toBe('inflated-too-large');
    expect((await failure(ok, { maxInflatedBytes: 1 << 20, maxLineChars: 100 })).detail).toMatch(/^line 1, more than/);
  });

  it('refuses text that is not UTF-8 instead of installing U+FFFD', async () => {
    const line = Buffer.from(`${encodeEntityLine(maduro)}\n`);
    const bad = Buffer.concat([line.subarray(0, 40), Buffer.from([0xc3, 0x28]), line.subarray(40)]);
    expect((await failure(gzipSync(bad))).failure).toBe('not-utf8');
  });
});

describe('lines of a text stream', () => {
  const text = (chunks: string[]) => new ReadableStream<string>({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
  const all = async (chunks: string[], max?: number) => {
    const out: string[] = [];
    for await (const { line, number } of readLines(text(chunks), max)) out.push(`${number}:${line}`);
    return out;
  };

  it('joins lines across chunks, numbers them, skips blank ones and drops a trailing CR', async () => {
    expect(await all(['ab', 'c\r\nd', 'e\n\n', 'f'])).toEqual(['1:abc', '2:de', '4:f']);
  });

  it('stops a line longer than the limit, across chunks, before it ends', async () => {
    await expect(all(['abc\nde', 'fg', 'hi\n'], 5)).rejects.toMatchObject({ name: 'LineTooLong', number: 2 });
    expect(await all(['abc\nde', 'fgh\n'], 5)).toEqual(['1:abc', '2:defgh']);
  });

  it('reads a 20 MB line in 64 KB chunks whole, joined once (how fast: npm run bench:hostile)', async () => {
    const chunk = 'x'.repeat(64 << 10);
    const lines = await all([...Array.from({ length: 320 }, () => chunk), '\n']);
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBe(2 + 320 * chunk.length);
  });
});

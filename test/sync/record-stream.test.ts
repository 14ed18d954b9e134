// A dataset file read as records: gzip → lines → JSON → validated entities in id order; a bad file stops the read
// with the failure the reader is told about, naming the line.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { maduro } from '../dataset/maduro-record';
import { encodeEntityLine } from '../../lib/dataset/jsonl';
import { SyncError } from '../../lib/sync/errors';
import { readEntities } from '../../lib/sync/record-stream';


function stream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  // Small chunks so lines cross chunk boundaries.
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.slice(i, i + 7));
      c.close();
    },
  });
}

async function read(bytes: Uint8Array): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of readEntities(stream(bytes))) out.push(e);
  return out;
}

async function failure(bytes: Uint8Array): Promise<SyncError> {
  const e: unknown = await read(bytes).then(() => null, (err: unknown) => err);
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
});

// Downloads: a file is hashed as it streams, in whatever pieces the network hands over, and kept only when its size
// and sha256 match the manifest.
import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, downloadFile } from '../../lib/sync/download';
import { SyncError } from '../../lib/sync/errors';

const hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A fetch that answers with `data` in pieces of `step` bytes. */
function serving(data: Uint8Array, step: number): typeof fetch {
  return async () => {
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (at >= data.length) return c.close();
        c.enqueue(data.slice(at, (at += step)));
      },
    });
    return new Response(body, { status: 200 });
  };
}

async function download(data: Uint8Array, step: number, announced = hex(data)): Promise<Uint8Array[]> {
  const stored: Uint8Array[] = [];
  const ref = { path: 'full/v.jsonl.gz', sha256: announced, bytes: data.length, records: 1 };
  await downloadFile('http://127.0.0.1/full/v.jsonl.gz', ref, {
    fetch: serving(data, step),
    timeoutMs: 1000,
    store: async (bytes) => void stored.push(bytes),
    onProgress: () => undefined,
  });
  return stored;
}

describe('download with its checksum', () => {
  it('hashes a file in uneven pieces exactly as one digest, and stores it whole in order', async () => {
    const data = new Uint8Array(CHUNK_BYTES + 100_003).map((_, i) => (i * 31) % 251);
    // Byte by byte over a shorter file; across a stored chunk's end with the rest.
    const cases = [{ step: 1, file: data.subarray(0, 100_003) }, ...[63, 64, 65, 4096, 1_000_003].map((step) => ({ step, file: data }))];
    for (const { step, file } of cases) {
      const stored = await download(file, step);
      expect(Buffer.concat(stored).equals(file)).toBe(true);
      // Stored in pieces of at least CHUNK_BYTES, but the last.
      expect(stored.slice(0, -1).every((piece) => piece.length >= CHUNK_BYTES)).toBe(true);
      expect(stored.length).toBe(file.length > CHUNK_BYTES && step < 1_000_000 ? 2 : 1);
    }
    expect(await download(new Uint8Array(0), 64)).toEqual([]);
  });

  it('refuses a file with one byte changed', async () => {
    const data = new Uint8Array(10_000).map((_, i) => i % 256);
    const announced = hex(data);
    data[5000] ^= 0xff;
    await expect(download(data, 4096, announced)).rejects.toEqual(new SyncError('checksum', 'full/v.jsonl.gz'));
  });

  // The hand-written hash this replaced padded its running state when asked for the digest, so a second look (a
  // digest part-way, or the final one asked twice) silently gave a wrong hash.
  it('a digest read part-way leaves the running hash intact, and a finished hash is never read twice', () => {
    const data = new TextEncoder().encode('abc'.repeat(1000));
    const h = sha256.create().update(data.subarray(0, 1500));
    expect(bytesToHex(h.clone().digest())).toBe(hex(data.subarray(0, 1500)));
    h.update(data.subarray(1500));
    expect(bytesToHex(h.digest())).toBe(hex(data));
    expect(() => h.digest()).toThrow();
  });
});

// Downloads: a file is hashed as it streams, in whatever pieces the network hands over, and kept only when its size
// and sha256 match the manifest.
import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, downloadFile, fetchOrFail } from '../../lib/sync/download';
import { readerMessage, SyncError } from '../../lib/sync/errors';

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

describe('redirects', () => {
  /** A fetch that answers as a browser does to `redirect: 'manual'` (an opaque redirect), then from `finalUrl` when following. */
  function browserLike(finalUrl: string) {
    const calls: RequestRedirect[] = [];
    const fetcher: typeof fetch = async (_input, init) => {
      calls.push(init?.redirect ?? 'follow');
      const r = new Response('ok', { status: 200 });
      if (init?.redirect === 'manual') Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
      else Object.defineProperty(r, 'url', { value: finalUrl });
      return r;
    };
    return { calls, deps: { fetch: fetcher, timeoutMs: 1000 } };
  }

  it('a redirect the browser hides is not followed for the Dataset URL: one request, refused in words', async () => {
    const { calls, deps } = browserLike('https://elsewhere.example/x');
    const failure = await fetchOrFail('https://data.example/manifest.json', {}, deps).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).failure).toBe('redirect-unseen');
    expect(calls).toEqual(['manual']);
    expect(readerMessage('redirect-unseen', '2024-07-02')).toBe(
      'The dataset server sends the download on to another address, which the browser does not let the extension see before going there, so it was not followed; set the Dataset URL to the final address; the previous dataset (2024-07-02) is still in use.',
    );
  });

  it("a source with declared hosts follows the browser's redirect and checks where it ended", async () => {
    const declared = (u: string) => new URL(u).hostname === 'storage.example';
    const ok = browserLike('https://storage.example/file?sig=1');
    const { response } = await fetchOrFail('https://publisher.example/file', {}, ok.deps, declared);
    expect(await response.text()).toBe('ok');
    expect(ok.calls).toEqual(['manual', 'follow']);
    const stray = browserLike('https://stray.example/file');
    await expect(fetchOrFail('https://publisher.example/file', {}, stray.deps, declared)).rejects.toMatchObject({ failure: 'redirected', detail: 'https://stray.example' });
  });

  it('where Location can be read (Node), a redirect to plain http off this computer is refused before it is asked', async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'http://storage.example/file' } });
    };
    await expect(fetchOrFail('https://publisher.example/file', {}, { fetch: fetcher, timeoutMs: 1000 }, () => true)).rejects.toMatchObject({ failure: 'redirected', detail: 'plain http: http://storage.example' });
    expect(asked).toEqual(['https://publisher.example/file']);
  });
});

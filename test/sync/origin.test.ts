// Where the sync may fetch from: a Dataset URL on https (http only on loopback), and files inside its folder.
import { describe, expect, it } from 'vitest';
import { SyncError } from '../../lib/sync/errors';
import { datasetUrlProblem, fileUrl } from '../../lib/sync/origin';

const manifest = 'https://data.example.org/lens/manifest.json';

describe('file addresses from a manifest', () => {
  it('resolves a path inside the manifest folder', () => {
    expect(fileUrl(manifest, 'full/2024-07-02T08.24.00Z-1a2b3c4d.jsonl.gz')).toBe('https://data.example.org/lens/full/2024-07-02T08.24.00Z-1a2b3c4d.jsonl.gz');
    expect(fileUrl(manifest, 'deltas/a_to_b.jsonl.gz')).toBe('https://data.example.org/lens/deltas/a_to_b.jsonl.gz');
  });

  it('refuses any path that leaves the folder or the origin, however it is spelt', () => {
    for (const path of [
      ' http://other.example/x.gz', '\thttp://other.example/x.gz', '\t//other.example/x.gz', '\n//other.example/x.gz', '\u0000//other.example/x',
      '//other.example/x.gz', 'https://other.example/x.gz', '/lens/x.gz', '../x.gz', 'full/../../x.gz', '%2e%2e/x.gz', '%2E%2E/x.gz', '.%2e/x.gz',
      'full%2f..%2f..%2fx', 'full\\..\\..\\x', 'full/ x.gz', 'full/x.gz\u0085', './x.gz',
    ]) {
      const e: unknown = (() => {
        try {
          return fileUrl(manifest, path);
        } catch (err) {
          return err;
        }
      })();
      expect(e, JSON.stringify(path)).toBeInstanceOf(SyncError);
      expect((e as SyncError).failure).toBe('bad-manifest');
      expect((e as SyncError).detail).toBe(`the file ${JSON.stringify(path)} is not inside the dataset folder`);
    }
  });
});

describe('Dataset URL', () => {
  it('takes https anywhere and http only on this computer', () => {
    for (const ok of [manifest, 'http://127.0.0.1:8080/manifest.json', 'http://localhost:3000/m.json', 'http://[::1]:9/m.json', 'http://127.1.2.3/m.json']) expect(datasetUrlProblem(ok), ok).toBeNull();
    expect(datasetUrlProblem('http://data.example.org/manifest.json')).toBe("The Dataset URL must start with https:// (http:// only for this computer's own addresses, such as 127.0.0.1).");
    expect(datasetUrlProblem('http://127.0.0.1.example.org/m.json')).toMatch(/must start with https/);
    expect(datasetUrlProblem('ftp://data.example.org/m.json')).toMatch(/must start with https/);
    expect(datasetUrlProblem('not a url')).toBe('The Dataset URL is not a web address.');
  });
});

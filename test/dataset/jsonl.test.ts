import { describe, expect, it } from 'vitest';
import { maduro } from './maduro-record';
import { encodeEntityLine, parseEntitiesJsonl } from '../../lib/dataset/jsonl';
import { datasetVersion, makeManifest, parseManifest } from '../../lib/dataset/manifest';


// Streaming a file is lib/sync/record-stream.ts's (test/sync/record-stream.test.ts).
describe('entities.jsonl', () => {
  it('reports every bad line of a whole file and keeps the good ones', () => {
    const r = parseEntitiesJsonl(`${encodeEntityLine(maduro)}\nnot json\n{"id":"x"}\n`, 'e.jsonl');
    expect(r.records).toHaveLength(1);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('manifest', () => {
  it('has a version that sorts by build time and names the content', () => {
    const sha = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const a = datasetVersion(new Date('2024-07-02T08:24:00Z'), sha);
    const b = datasetVersion(new Date('2024-07-10T00:00:00Z'), '00000000');
    expect(a).toBe('2024-07-02T08.24.00Z-ba7816bf');
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('validates what it reads back', () => {
    const m = makeManifest({
      created: new Date('2024-07-02T08:24:00Z'), entities: 1, names: 1,
      sources: [{ name: 'n', publisher: 'p', snapshot: 's', licence: 'l', url: 'u' }],
      files: [{ path: 'entities.jsonl.gz', sha256: 'a'.repeat(64), bytes: 10, records: 1 }],
    });
    expect(parseManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(() => parseManifest({ ...m, format: 99 })).toThrow(/format/);
  });
});

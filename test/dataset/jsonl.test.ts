import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { encodeEntityLine, parseEntitiesJsonl, readEntities } from '../../lib/dataset/jsonl';
import { datasetVersion, makeManifest, parseManifest } from '../../lib/dataset/manifest';

const maduro: Entity = {
  id: 'ofac-22790', kind: 'person', name: 'MADURO MOROS, Nicolas',
  names: [{ name: 'MADURO MOROS, Nicolas', type: 'primary' }],
  birthDates: ['1962-11-23'], birthPlaces: [], nationalities: ['Venezuela'], countries: [], positions: [],
  identifiers: [], sources: [{ list: 'us-ofac-sdn', ref: '22790' }],
  sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'active' }],
  events: [{ date: '2021-12-02T08:00Z', after: '2021-11-23T08:00Z', precision: 'between', type: 'program-changed', authority: 'US OFAC', summary: 'x' }],
};

function stream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  // Small chunks so lines cross chunk boundaries.
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.slice(i, i + 7));
      c.close();
    },
  });
}

describe('entities.jsonl.gz', () => {
  it('round-trips entities through gzip in a stream', async () => {
    const text = `${encodeEntityLine(maduro)}\n${encodeEntityLine({ ...maduro, id: 'b' })}\n`;
    const out: Entity[] = [];
    for await (const e of readEntities(stream(gzipSync(text)), { gzip: true, file: 'entities.jsonl.gz' })) out.push(e);
    expect(out).toEqual([maduro, { ...maduro, id: 'b' }]);
  });

  it('stops a stream at a bad line, naming the file and line', async () => {
    const text = `${encodeEntityLine(maduro)}\n{"id":"x","kind":"spaceship"}\n`;
    const read = async () => {
      for await (const e of readEntities(stream(new TextEncoder().encode(text)), { gzip: false, file: 'e.jsonl' })) void e;
    };
    await expect(read()).rejects.toThrow(/e\.jsonl:2/);
  });

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

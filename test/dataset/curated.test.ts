import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { applyCurated, parseCurated } from '../../lib/dataset/curated';
import { entityStatus } from '../../lib/dataset/format';
import { buildOfacEntities, parseAddCsv, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';

const curatedFile = join(__dirname, '../../lib/dataset/curated.json');
const fixtures = join(__dirname, '../fixtures/ofac');
const read = (name: string) => decodeLatin1(readFileSync(join(fixtures, name)));

function listEntities() {
  return buildOfacEntities({
    sdn: parseSdnCsv(read('sdn_2024-07-02.sample.csv'), 'sdn').records,
    alt: parseAltCsv(read('alt_2025-01-06.sample.csv'), 'alt').records,
    add: parseAddCsv(read('add_2025-01-06.sample.csv'), 'add').records,
  }).records;
}

describe('curated records', () => {
  const parsed = parseCurated(readFileSync(curatedFile, 'utf8'), 'curated.json');

  it('parses the committed file without problems, every row with an https source', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.length).toBeGreaterThanOrEqual(12);
    for (const r of parsed.records) expect(r.sourceUrls.every((u) => u.startsWith('https://'))).toBe(true);
  });

  it('shows Cristopher Figuera as delisted, designated 2019-02-15 and removed 2019-05-07, each on its day', () => {
    const figuera = parsed.records.find((r) => r.entity.id === 'curated-cristopher-figuera')?.entity;
    expect(figuera && entityStatus(figuera)).toBe('delisted');
    expect(figuera?.sanctions[0]).toMatchObject({ authority: 'US OFAC', listed: '2019-02-15', delisted: '2019-05-07' });
    expect(figuera?.events.map((e) => [e.type, e.date, e.precision])).toEqual([
      ['designated', '2019-02-15', 'day'],
      ['delisted', '2019-05-07', 'day'],
    ]);
  });

  it('adds officials and agencies as not sanctioned, and DGCIM to its OFAC record as a sanctioned agency', () => {
    const merged = applyCurated(listEntities(), parsed.records, 'curated.json');
    // The sample has no PDVSA (26367), no Maduro Guerra (26946) and no Lukashenka (9760), whose rows complete them in
    // the full build.
    expect(merged.problems.map((p) => p.message)).toEqual([
      'curated-pdvsa: mergeInto us-ofac-sdn:26367 is not in the dataset; row kept on its own',
      'curated-maduro-guerra-nickname: mergeInto us-ofac-sdn:26946 is not in the dataset; row kept on its own',
      'curated-lukashenka-position: mergeInto us-ofac-sdn:9760 is not in the dataset; row kept on its own',
    ]);
    const byId = new Map(merged.records.map((e) => [e.id, e]));
    for (const id of ['curated-juan-guaido', 'curated-mike-pence', 'curated-john-bolton', 'curated-steven-mnuchin']) {
      expect(byId.get(id)?.kind).toBe('person');
      expect(entityStatus(byId.get(id) ?? { sanctions: [] })).toBe('not-sanctioned');
    }
    for (const id of ['curated-us-treasury', 'curated-ofac', 'curated-sebin', 'curated-faes', 'curated-gnb', 'curated-tsj']) {
      expect(byId.get(id)?.kind).toBe('agency');
      expect(entityStatus(byId.get(id) ?? { sanctions: [] })).toBe('not-sanctioned');
    }
    expect(byId.has('curated-dgcim')).toBe(false);
    const dgcim = byId.get('ofac-27008');
    expect(dgcim?.kind).toBe('agency');
    expect(dgcim && entityStatus(dgcim)).toBe('sanctioned');
    expect(dgcim?.facts?.map((f) => f.type)).toEqual(['is', 'calledBy']);
  });

  it('reports a curated "not sanctioned" row that shares a name with a list entry', () => {
    const clash = JSON.stringify({
      entities: [{ id: 'x', kind: 'person', name: 'Nicolas Maduro Moros', sourceUrls: ['https://example.org/'] }],
    });
    const merged = applyCurated(listEntities(), parseCurated(clash, 'c.json').records, 'c.json');
    expect(merged.problems.map((p) => p.message)).toEqual([expect.stringContaining('ofac-22790')]);
  });

  it('rejects a row without a source URL, naming it', () => {
    const r = parseCurated(JSON.stringify({ entities: [{ id: 'y', kind: 'person', name: 'Y', sourceUrls: [] }] }), 'c.json');
    expect(r.records).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: 'c.json', message: expect.stringContaining('(y)') });
  });
});

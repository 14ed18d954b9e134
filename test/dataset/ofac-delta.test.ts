// OFAC's change files applied to the installed rows give the rows, and so the entities, the full files of the next
// publication give: on the committed cuts of the real files of 2019-01-04, 2021-05-22 and 2024-07-02, through the
// change files the loopback publisher derives from them and writes as XML.
import { describe, expect, it } from 'vitest';
import { applyOfacDelta, deltaEntityOfRows, OfacDeltaError, rowsOfDeltaEntity } from '../../lib/dataset/ofac-delta';
import { buildOfacEntities, type OfacSet } from '../../lib/dataset/ofac';
import { OfacDeltaReader } from '../../lib/sources/ofac-delta-xml';
import { changesPath } from '../../scripts/publishers/ofac-changes';
import { OFAC_PATHS, ofacPublication, type OfacDate } from '../../scripts/publishers/publications';
import { rowsOfFiles } from '../../scripts/publishers/ofac-changes';

function publication(date: OfacDate) {
  const files = ofacPublication(date, { fixturesOnly: true });
  return { files, rows: rowsOfFiles({ sdn: files.get(OFAC_PATHS.sdn)!, alt: files.get(OFAC_PATHS.alt)!, add: files.get(OFAC_PATHS.add)! }) };
}

function changesOf(date: OfacDate) {
  const reader = new OfacDeltaReader(`${date}_delta.xml`);
  const entities = [...reader.write(new TextDecoder().decode(publication(date).files.get(changesPath(date)))), ...reader.close()];
  expect(reader.problems).toEqual([]);
  expect(reader.publication.day).toBe(date);
  return entities;
}

const entities = (rows: OfacSet) => JSON.stringify(buildOfacEntities(rows).records.sort((a, b) => a.id.localeCompare(b.id)));

describe("OFAC's change files over the installed rows", () => {
  it('2019-01-04 + the change file of 2021-05-22 is the list of 2021-05-22, entity for entity', () => {
    const changes = changesOf('2021-05-22');
    // The cuts: 35 entries first appear on 2021-05-22 (test/fixtures/publishers/README.md).
    expect(changes.filter((c) => c.action === 'add')).toHaveLength(35);
    const applied = applyOfacDelta(publication('2019-01-04').rows, changes);
    expect(entities(applied)).toBe(entities(publication('2021-05-22').rows));
  });

  it('a chain of two change files (to 2021-05-22, to 2024-07-02) is the list of 2024-07-02', () => {
    // 3 entries are gone by 2024-07-02; others changed (2024's aliases and addresses are of another set).
    expect(changesOf('2024-07-02').filter((c) => c.action === 'remove')).toHaveLength(3);
    expect(changesOf('2024-07-02').some((c) => c.action === 'change')).toBe(true);
    const applied = applyOfacDelta(applyOfacDelta(publication('2019-01-04').rows, changesOf('2021-05-22')), changesOf('2024-07-02'));
    expect(entities(applied)).toBe(entities(publication('2024-07-02').rows));
  });

  it("keeps every field of an entry's rows through the change file's entity and back", () => {
    const rows = publication('2024-07-02').rows;
    for (const sdn of rows.sdn) {
      const entry = { sdn, alt: rows.alt.filter((a) => a.entNum === sdn.entNum), add: rows.add.filter((a) => a.entNum === sdn.entNum) };
      const back = rowsOfDeltaEntity(deltaEntityOfRows(entry, 'change'));
      const noLine = <T extends { line: number }>(r: T) => ({ ...r, line: 0 });
      expect(back).toEqual({ sdn: noLine(entry.sdn), alt: entry.alt.map(noLine), add: entry.add.map(noLine) });
    }
  });

  it('refuses a change file that does not follow the installed rows, leaving them as they were', () => {
    const rows = publication('2019-01-04').rows;
    const before = JSON.stringify(rows);
    const changes = changesOf('2024-07-02');
    expect(() => applyOfacDelta(rows, changes)).toThrow(OfacDeltaError);
    const first = rows.sdn[0];
    expect(() => applyOfacDelta(rows, [{ ...deltaEntityOfRows({ sdn: first, alt: [], add: [] }, 'add') }])).toThrow(`entity ${first.entNum} is added, but the installed list has it already`);
    expect(() => applyOfacDelta(rows, [{ ...deltaEntityOfRows({ sdn: { ...first, entNum: '99999999' }, alt: [], add: [] }, 'change'), action: 'remove' }])).toThrow('entity 99999999 is removed, but the installed list does not have it');
    expect(() => applyOfacDelta(rows, [{ ...deltaEntityOfRows({ sdn: first, alt: [], add: [] }, 'change'), entityType: 'Spaceship' }])).toThrow(/entityType "Spaceship"/);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

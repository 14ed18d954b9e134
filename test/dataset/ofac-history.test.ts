import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { parseSdnCsv, sdnEntity, type SdnRow } from '../../lib/dataset/ofac';
import { parseSanctionsEntries } from '../../lib/dataset/ofac-advanced';
import { SdnHistory, applyChanges, applyOfacHistory, parseChangeLog, snapshotTime } from '../../lib/dataset/ofac-history';

const dir = join(__dirname, '../fixtures/venezuela-2019');
const read = (name: string) => decodeLatin1(readFileSync(join(dir, name)));
const rowsOf = (name: string) => parseSdnCsv(read(name), name).records;
const byEnt = (rows: SdnRow[]) => new Map(rows.map((r) => [r.entNum, r]));
const rawLines = (name: string) =>
  new Map(read(name).split('\r\n').filter((l) => /^\d/.test(l)).map((l) => [l.split(',')[0], l]));

const changes = parseChangeLog(read('ofac_sdn_csv_changes_2021-05-22_to_2024-07-02.venezuela.jsonl'), 'changes.jsonl');

describe('OFAC SDN history', () => {
  it('reads the change log without problems', () => {
    expect(changes.problems).toEqual([]);
    expect(changes.records).toHaveLength(19);
  });

  it('rebuilds the 2024-07-02 snapshot from the 2021-05-22 one and the change log', () => {
    const rebuilt = applyChanges(rawLines('ofac_sdn_2021-05-22.csv'), changes.records, 'changes.jsonl');
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.snapshot).toEqual(rawLines('ofac_sdn_2024-07-02.csv'));
  });

  it("dates Hugo Carvajal's SDNTK → VENEZUELA change between 2021-11-23 and 2021-12-02, not on a day", () => {
    const h = new SdnHistory();
    for (const c of changes.records) h.addChange(c);
    const change = h.events.get('11186')?.find((e) => e.type === 'program-changed');
    expect(change).toMatchObject({
      precision: 'between',
      after: '2021-11-23T18:48:26Z',
      date: '2021-12-02T01:41:59Z',
      authority: 'US OFAC',
      summary: 'Program changed: SDNTK → VENEZUELA',
    });
    // The official page a reader can cite, with the programs before and after for the card to word.
    expect(change).toMatchObject({
      sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=11186', list: 'us-ofac-sdn', ref: '11186', programsBefore: ['SDNTK'], programs: ['VENEZUELA'],
    });
  });

  it('bounds listings and removals between the 2019-01-04 and 2021-05-22 snapshots', () => {
    const h = new SdnHistory();
    h.compareSnapshots(byEnt(rowsOf('ofac_sdn_2019-01-04.csv')), byEnt(rowsOf('ofac_sdn_2021-05-22.csv')), {
      after: '2019-01-04',
      date: '2021-05-22T22:02:00Z',
    });
    // Bastardo Mendoza (FAES) is absent in January 2019 and present in May 2021.
    expect(h.events.get('26388')).toEqual([
      expect.objectContaining({ type: 'designated', precision: 'between', after: '2019-01-04', date: '2021-05-22T22:02:00Z' }),
    ]);
    expect(h.events.get('22790')?.map((e) => e.summary)).toContain('Program changed: VENEZUELA → VENEZUELA, IRAN-CON-ARMS-EO');
    for (const c of changes.records) h.addChange(c);
    // Madriz Moreno (SEBIN officer) left the list at the 2021-12-02 scrape; his last row is kept for display.
    expect(h.events.get('12885')?.at(-1)).toMatchObject({ type: 'delisted', after: '2021-11-23T18:48:26Z' });
    expect(h.lastRow.get('12885')?.name).toBe('MADRIZ MORENO, Ramon Isidro');
  });

  it("cites a removal by the two snapshots that show it, not OFAC's page of an entry that has left the list", () => {
    const h = new SdnHistory();
    for (const c of changes.records) h.addChange(c);
    const compare = 'https://github.com/jackdwyer/specially-designated-nationals-list/compare/555cd193a269a9a927938fe9909d80e1efb0f353...5e6db9daadf381c8b9e8def9637c2c5eae0a54fa';
    expect(h.events.get('12885')?.at(-1)).toMatchObject({ type: 'delisted', sourceUrl: compare });
    // Off the newest list, every event and sanction of the entry cites its snapshots; on it, OFAC's page stays.
    const gone = sdnEntity(h.lastRow.get('12885')!, [], []);
    applyOfacHistory(gone, h.events.get('12885') ?? [], undefined, false, undefined, h.evidence);
    expect(gone.sanctions.map((x) => x.sourceUrl)).toEqual(gone.sanctions.map(() => compare));
    expect(gone.events.some((e) => e.sourceUrl?.includes('sanctionssearch.ofac.treas.gov'))).toBe(false);
    const carvajal = sdnEntity(h.lastRow.get('11186')!, [], []);
    applyOfacHistory(carvajal, h.events.get('11186') ?? [], undefined, true, undefined, h.evidence);
    expect(carvajal.events.find((e) => e.type === 'program-changed')?.sourceUrl).toBe('https://sanctionssearch.ofac.treas.gov/Details.aspx?id=11186');
    expect(carvajal.sanctions[0].sourceUrl).toBe('https://sanctionssearch.ofac.treas.gov/Details.aspx?id=11186');
  });

  it("cites a removed entry's creation day by the extract's row, a listed entry's by OFAC's page", () => {
    const fx = join(__dirname, '../fixtures/ofac');
    const [d] = parseSanctionsEntries(readFileSync(join(fx, 'sdn_advanced_2024-03-06.sanctions_entries.10481.csv'), 'utf8'), 'adv.csv').records;
    const created = { ...d, sourceUrl: `https://example.org/extract.csv#L${d.line}` };
    const [row] = parseSdnCsv(decodeLatin1(readFileSync(join(fx, 'sdn_2024-07-02.10481.csv'))), 'sdn.csv').records;
    const gone = sdnEntity(row, [], []);
    applyOfacHistory(gone, [], created, false);
    expect(gone.events.map((e) => e.sourceUrl)).toEqual(['https://example.org/extract.csv#L2']);
    const listed = sdnEntity(row, [], []);
    applyOfacHistory(listed, [], created, true);
    expect(listed.events.map((e) => e.sourceUrl)).toEqual(['https://sanctionssearch.ofac.treas.gov/Details.aspx?id=10481']);
  });

  it('normalises snapshot times to UTC', () => {
    expect(snapshotTime('2021-12-02T01:41:59+00:00')).toBe('2021-12-02T01:41:59Z');
    expect(snapshotTime('2019-01-04')).toBe('2019-01-04');
  });
});

describe('SDN advanced designation dates', () => {
  it('gives the day an entry was created', () => {
    const r = parseSanctionsEntries(read('ofac_sdn_advanced_2024-03-06.sanctions_entries.partial.venezuela.csv'), 'adv.csv');
    expect(r.problems).toEqual([]);
    const gonzalez = r.records.find((x) => x.entNum === '17810');
    expect(gonzalez).toEqual({ entNum: '17810', date: '2015-03-09', programs: ['VENEZUELA'], line: 16 });
  });

  it('dates a program by the entry\'s creation only when the entry has that one program', () => {
    const created = parseSanctionsEntries(read('ofac_sdn_advanced_2024-03-06.sanctions_entries.partial.venezuela.csv'), 'adv.csv').records;
    const gonzalez = sdnEntity(byEnt(rowsOf('ofac_sdn_2024-07-02.csv')).get('17810') as SdnRow, [], []);
    applyOfacHistory(gonzalez, [], created.find((x) => x.entNum === '17810'), true);
    expect(gonzalez.sanctions.map((s) => [s.program, s.listed])).toEqual([['VENEZUELA', '2015-03-09']]);
  });

  it('gives Soleimani\'s one creation day (25 Oct 2007, for five programs) as an event, never as each program\'s listing day', () => {
    const fx = join(__dirname, '../fixtures/ofac');
    const [created] = parseSanctionsEntries(readFileSync(join(fx, 'sdn_advanced_2024-03-06.sanctions_entries.10481.csv'), 'utf8'), 'adv.csv').records;
    expect(created).toEqual({ entNum: '10481', date: '2007-10-25', programs: ['IRGC', 'SYRIA', 'IFSR', 'NPWMD', 'SDGT'], line: 2 });
    const [row] = parseSdnCsv(decodeLatin1(readFileSync(join(fx, 'sdn_2024-07-02.10481.csv'))), 'sdn.csv').records;
    const soleimani = sdnEntity(row, [], []);
    applyOfacHistory(soleimani, [], created, true);
    expect(soleimani.sanctions.map((s) => [s.program, s.listed])).toEqual([
      ['SDGT', undefined], ['SYRIA', undefined], ['NPWMD', undefined], ['IRGC', undefined], ['IFSR', undefined],
    ]);
    expect(soleimani.events).toEqual([expect.objectContaining({
      date: '2007-10-25', precision: 'day', type: 'designated',
      summary: 'OFAC SDN entry created (one entry for IRGC, SYRIA, IFSR, NPWMD, SDGT; no day given for each program)',
    })]);
  });

  it('rejects a file with another header', () => {
    expect(parseSanctionsEntries('a,b\n1,2\n', 'x.csv').problems[0]).toMatchObject({ file: 'x.csv', line: 1 });
  });
});

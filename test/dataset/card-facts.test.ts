// The builder's rules for a card's facts (#19): a listing date only where a source gives one for that program, else
// the files held ("on the list by 4 Jan 2019", "between 4 Jan 2019 and 22 May 2021"), narrowed by curated cited days;
// events that carry their parameters and official links; accented forms of a name kept when lists merge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { CuratedApplier, dateByCurated, parseCurated } from '../../lib/dataset/curated';
import { parseEuVenezuelaCsv } from '../../lib/dataset/eu';
import type { Entity } from '../../lib/dataset/format';
import { removedEntity } from '../../lib/dataset/diff';
import { mergeInto } from '../../lib/dataset/merge';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { eventWords } from '../../lib/i18n/event-words';
import { parseSdnCsv, sdnEntity, type SdnRow } from '../../lib/dataset/ofac';
import { parseSanctionsEntries } from '../../lib/dataset/ofac-advanced';
import { SdnHistory, applyOfacHistory, parseChangeLog } from '../../lib/dataset/ofac-history';

const dir = join(__dirname, '../fixtures/venezuela-2019');
const read = (name: string) => decodeLatin1(readFileSync(join(dir, name)));
const byEnt = (name: string) => new Map(parseSdnCsv(read(name), name).records.map((r) => [r.entNum, r]));
const first = '2019-01-04';

/** The builder's history over the committed Venezuela files: 2019 vs 2021 snapshots, then the change log to 2024. */
function history(): SdnHistory {
  const h = new SdnHistory();
  h.compareSnapshots(byEnt('ofac_sdn_2019-01-04.csv'), byEnt('ofac_sdn_2021-05-22.csv'), { after: first, date: '2021-05-22T22:02:00Z' });
  for (const c of parseChangeLog(read('ofac_sdn_csv_changes_2021-05-22_to_2024-07-02.venezuela.jsonl'), 'changes').records) h.addChange(c);
  return h;
}
const h = history();
const rows2024 = byEnt('ofac_sdn_2024-07-02.csv');
function entity(entNum: string): Entity {
  const e = sdnEntity(rows2024.get(entNum) as SdnRow, [], []);
  applyOfacHistory(e, h.events.get(entNum) ?? [], undefined, true, first);
  return e;
}
const curated = parseCurated(readFileSync(join(__dirname, '../../lib/dataset/curated.json'), 'utf8'), 'curated.json').records;

describe('listing dates from the files held', () => {
  it('puts Maduro on the list by 4 Jan 2019 (in the oldest file), and IRAN-CON-ARMS-EO between that file and the next', () => {
    const maduro = entity('22790');
    expect(maduro.sanctions.map((s) => [s.program, s.listed, s.listedAfter, s.listedBy])).toEqual([
      ['VENEZUELA', undefined, undefined, '2019-01-04'],
      ['IRAN-CON-ARMS-EO', undefined, '2019-01-04', '2021-05-22'],
    ]);
  });

  it('dates Carvajal\'s VENEZUELA by the change that brought it on, not by his 2008 entry', () => {
    const carvajal = entity('11186');
    expect(carvajal.sanctions.find((s) => s.program === 'VENEZUELA')).toMatchObject({ listedAfter: '2021-11-23', listedBy: '2021-12-02' });
  });

  it('gives no file date to a program the entry\'s creation day already dates', () => {
    const created = parseSanctionsEntries(read('ofac_sdn_advanced_2024-03-06.sanctions_entries.partial.venezuela.csv'), 'adv.csv').records;
    const e = sdnEntity(rows2024.get('17810') as SdnRow, [], []);
    applyOfacHistory(e, h.events.get('17810') ?? [], created.find((x) => x.entNum === '17810'), true, first);
    expect(e.sanctions[0]).toMatchObject({ listed: '2015-03-09' });
    expect(e.sanctions[0].listedBy).toBeUndefined();
  });

  it('words nothing from files it was not given: no history, no "on the list by"', () => {
    const e = sdnEntity(rows2024.get('22790') as SdnRow, [], []);
    applyOfacHistory(e, [], undefined, true);
    expect(e.sanctions.every((s) => !s.listedBy && !s.listedAfter)).toBe(true);
  });

  it('links each change to the entry\'s page at OFAC, with the list, entry and programs for the card to word', () => {
    const change = entity('22790').events.find((e) => e.type === 'program-changed');
    expect(change).toMatchObject({
      list: 'us-ofac-sdn', ref: '22790', programsBefore: ['VENEZUELA'], programs: ['VENEZUELA', 'IRAN-CON-ARMS-EO'],
      sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790',
    });
  });
});

describe('curated, cited days', () => {
  it("narrow PDVSA's window (4 Jan 2019 .. 22 May 2021) to its designation day, 28 Jan 2019, citing the Treasury's release", () => {
    const pdvsa = entity('26367');
    expect(pdvsa.sanctions[0]).toMatchObject({ listedAfter: '2019-01-04', listedBy: '2021-05-22' });
    expect(pdvsa.events.map((e) => [e.type, e.precision])).toEqual([['designated', 'between']]);
    const applier = new CuratedApplier(curated, 'curated.json');
    applier.visit(pdvsa);
    expect(applier.problems).toEqual([]);
    expect(pdvsa.sanctions[0]).toMatchObject({ program: 'VENEZUELA-EO13850', listed: '2019-01-28' });
    expect(pdvsa.sanctions[0].listedBy).toBeUndefined();
    // The window the day falls in is gone; the curated event says where the day comes from.
    expect(pdvsa.events).toEqual([expect.objectContaining({
      date: '2019-01-28', precision: 'day', type: 'designated', curated: true, sourceUrl: 'https://home.treasury.gov/news/press-releases/sm594',
    })]);
    expect(pdvsa.names.map((n) => n.name)).toContain('Petróleos de Venezuela, S.A.');
  });

  it('refuse a day outside what the files say, and report it', () => {
    const pdvsa = entity('26367');
    const problems = dateByCurated(pdvsa, { date: '2018-06-01', precision: 'day', type: 'designated', authority: 'US OFAC', summary: 'x', list: 'us-ofac-sdn', programs: ['VENEZUELA-EO13850'] }, 'curated.json', 'row');
    expect(problems.map((p) => p.message)).toEqual(["row: 2018-06-01 is outside what ofac-26367's files say of VENEZUELA-EO13850 (2019-01-04..2021-05-22)"]);
    expect(pdvsa.sanctions[0].listed).toBeUndefined();
    expect(pdvsa.events).toHaveLength(1);
  });

  it('mark every fact of the curated file as curated', () => {
    const figuera = curated.find((r) => r.entity.id === 'curated-cristopher-figuera')!.entity;
    expect(figuera.sanctions.every((s) => s.curated)).toBe(true);
    expect(figuera.events.every((e) => e.curated && e.list === 'us-ofac-sdn' && e.programs?.[0] === 'VENEZUELA')).toBe(true);
  });
});

describe('merged names', () => {
  const eu = parseEuVenezuelaCsv(readFileSync(join(dir, 'eu_journal_32017R2063_venezuela_consolidated_2025-12-17.csv'), 'utf8'), 'eu.csv').records;

  it("keep the EU's accented form of Moreno Pérez beside OFAC's, and not a form that only reorders the words", () => {
    const moreno = entity('22183');
    mergeInto(moreno, eu.find((e) => e.name === 'Maikel José MORENO PÉREZ')!);
    expect(moreno.names.map((n) => n.name)).toEqual(['MORENO PEREZ, Maikel Jose', 'Maikel José MORENO PÉREZ']);
    const saab = entity('22750');
    mergeInto(saab, eu.find((e) => e.name === 'Tarek William SAAB HALABI')!);
    expect(saab.names.map((n) => n.name)).toEqual(['SAAB HALABI, Tarek William']);
  });

  it("carry the EU entry's reference and program on its listing event", () => {
    const cabello = eu.find((e) => e.name.includes('CABELLO'))!;
    expect(cabello.events[0]).toMatchObject({ list: 'eu-2017-2063', ref: '32017R2063/IV/7', programs: ['EU-VEN'], precision: 'day' });
  });
});

describe('changes between two versions of the dataset', () => {
  it('carry their parameters, so a Spanish reader reads them in Spanish', () => {
    const es = translator(catalogGetMessage(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));
    const gone = removedEntity(entity('22790'), { after: '2024-07-02T08:24:00Z', date: '2025-10-22T00:00:00Z' })!;
    const removal = gone.events.at(-1)!;
    expect(removal).toMatchObject({ change: 'removed', list: 'us-ofac-sdn', programs: ['IRAN-CON-ARMS-EO', 'VENEZUELA'] });
    expect(eventWords(removal, es)).toBe('Retirada de la lista SDN de la OFAC (IRAN-CON-ARMS-EO, VENEZUELA)');
  });
});

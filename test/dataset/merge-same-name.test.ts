// The whole-name merge (lib/dataset/cross-list.ts): a person the UN lists with no surname marked and a birth year,
// and OFAC lists as "SURNAME, Given", is one entity; namesakes, records with nothing but a name, and a name that two
// records on one side carry stay apart. Real records (test/fixtures/same-name, cut from ../shared/data).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import type { Entity } from '../../lib/dataset/format';
import { parseCurated } from '../../lib/dataset/curated';
import { ListMerge, sdnEntNum } from '../../lib/dataset/list-merge';
import { mergeInto, type NearMiss } from '../../lib/dataset/merge';
import { parseOfacConsolidated } from '../../lib/dataset/ofac-cons';
import { buildOfacEntities, parseAddCsv, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';
import { parseUnXml } from '../../lib/dataset/un';
import { compose } from '../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';

const fx = join(__dirname, '../fixtures/same-name');
const latin1 = (f: string) => decodeLatin1(readFileSync(join(fx, f)));
const unRecords = () => parseUnXml(readFileSync(join(fx, 'UN_consolidated_2026-02-27.sample.xml'), 'utf8'), 'un.xml').records;
const ofacRecords = () => buildOfacEntities({
  sdn: parseSdnCsv(latin1('sdn_2024-07-02.sample.csv'), 'sdn').records,
  alt: parseAltCsv(latin1('alt_2025-01-06.sample.csv'), 'alt').records,
  add: parseAddCsv(latin1('add_2025-01-06.sample.csv'), 'add').records,
}).records;

/** The builder's order (ListMerge): the UN records held, every OFAC entry counted, then streamed past them. */
function build(held: Entity[], stream: Entity[], count = true) {
  const report: NearMiss[] = [];
  const merge = new ListMerge([], 'curated.json', { nearMiss: (m) => report.push(m) });
  for (const e of held) merge.hold(e);
  if (count) for (const e of stream) merge.count(e, sdnEntNum(e) ?? '');
  const entities = [...stream.flatMap((e) => merge.take(e, sdnEntNum(e))), ...merge.endOfStream(), ...merge.rest()];
  return { report, entities, byId: new Map(entities.map((e) => [e.id, e])) };
}

const un = (ref: string) => unRecords().find((e) => e.id === `un-${ref}`)!;
const ofac = (ent: string) => ofacRecords().find((e) => e.id === `ofac-${ent}`)!;
/** The fixture's rows of OFAC entry 17927 (keep) or all the others (!keep). */
const only = (t: string, keep: boolean) => t.split('\r\n').filter((l) => l.startsWith('17927,') === keep).join('\r\n');
/** 17927's real rows read as OFAC's consolidated (non-SDN) list. */
const consRecords = () => parseOfacConsolidated({
  prim: { text: only(latin1('sdn_2024-07-02.sample.csv'), true), file: 'cons_prim' },
  alt: { text: only(latin1('alt_2025-01-06.sample.csv'), true), file: 'cons_alt' },
  add: { text: only(latin1('add_2025-01-06.sample.csv'), true), file: 'cons_add' },
}).records;
const sortJson = <T>(xs: T[]) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const refused = (r: NearMiss[]) => r.filter((m) => m.byName && !m.merged).map((m) => `${m.into.id} ${m.other.id}: ${m.why}`);

describe('the whole-name merge across the UN and OFAC lists', () => {
  const { report, byId } = build(unRecords(), ofacRecords());

  it('makes one entity of a man on both lists by his whole name and birth year, under the OFAC id, with both sanctions', () => {
    const merged = report.filter((m) => m.byName && m.merged).map((m) => `${m.into.id} ← ${m.other.id}: ${m.why}`);
    expect(merged).toEqual([
      "ofac-6725 ← un-QDe.010: organization's name on both lists",
      'ofac-7886 ← un-IQi.044: name and a sanctions program both lists give',
      'ofac-9346 ← un-KPe.003: organization name and country',
      'ofac-10479 ← un-IRi.033: name and birth year',
      'ofac-31193 ← un-YEi.008: name and birth year',
      'ofac-31194 ← un-YEi.010: name and birth year',
      'ofac-31195 ← un-YEi.012: name and birth year',
      'ofac-17927 ← un-YEi.004: name with its words joined, and a sanctions program both lists give',
    ]);
    const hamzi = byId.get('ofac-31195')!;
    expect(byId.has('un-YEi.012')).toBe(false);
    expect(hamzi.sources).toEqual([{ list: 'us-ofac-sdn', ref: '31195' }, { list: 'un-sc-consolidated', ref: 'YEi.012' }]);
    expect(hamzi.sanctions.map((s) => `${s.authority} ${s.program}`)).toEqual(['US OFAC YEMEN', 'UN Security Council Yemen']);
    expect(hamzi.events.some((e) => e.authority === 'UN Security Council' && e.type === 'designated' && e.date === '2022-10-04')).toBe(true);
    // The UN's Arabic script name comes along: the page that writes him in Arabic finds this entity.
    expect(hamzi.names.filter((n) => n.type === 'script').map((n) => n.name)).toEqual(un('YEi.012').names.filter((n) => n.type === 'script').map((n) => n.name));
    expect(hamzi.names.length).toBeGreaterThan(ofac('31195').names.length);
  });

  it('keeps two men of one name apart when their birth years differ: KIM Yong Chol (OFAC, 1946/1947) and KIM YONG CHOL (UN, 1962)', () => {
    expect(byId.has('ofac-12211') && byId.has('un-KPi.024')).toBe(true);
    expect(refused(report)).toContain('ofac-12211 un-KPi.024: born 1947/1946 and 1962-02-18');
  });

  it('with no birth year on one side, merges a name only with a sanctions program both lists give: AL-UBAIDI, Yahia Abdallah (UN Iraq, OFAC IRAQ2)', () => {
    expect(byId.get('ofac-7886')?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'un-sc-consolidated']);
    expect(byId.has('un-IQi.044')).toBe(false);
    // The same two records under a UN regime no OFAC program of his carries: a name alone never merges.
    const elsewhere = { ...un('IQi.044'), sanctions: un('IQi.044').sanctions.map((s) => ({ ...s, program: 'Libya' })) };
    const r = build([elsewhere], [ofac('7886')]);
    expect(r.byId.has('un-IQi.044')).toBe(true);
    expect(refused(r.report)).toEqual(['ofac-7886 un-IQi.044: no birth year on one side, no second name with a nationality both give, and no sanctions program both lists give']);
  });

  it('reads a name whose words the lists split otherwise as one: Abdulmalik al-Houthi (UN, no birth year) is AL-HOUTHI, Abdul-Malik (OFAC YEMEN)', () => {
    const houthi = byId.get('ofac-17927')!;
    expect(byId.has('un-YEi.004')).toBe(false);
    expect(houthi.sanctions.map((s) => `${s.authority} ${s.program}`)).toEqual(['US OFAC YEMEN', 'UN Security Council Yemen']);
    // Without the program both give, the joined name alone is refused; and words joined never stand for a year apart.
    const noProgram = { ...un('YEi.004'), sanctions: un('YEi.004').sanctions.map((s) => ({ ...s, program: 'Iraq' })) };
    expect(refused(build([noProgram], [ofac('17927')]).report)).toEqual(['ofac-17927 un-YEi.004: words joined, no birth year on one side, and no sanctions program both lists give']);
    const yearApart = { ...un('YEi.004'), birthDates: ['1983'] };
    expect(refused(build([yearApart], [ofac('17927')]).report)).toEqual(['ofac-17927 un-YEi.004: born 1982/1981/1980 and 1983']);
  });

  it("makes one entity of Hassan Dahir Aweys, twice on each list (one entry a program: same-list-duplicates.ts), in the builder's order", () => {
    const out = build(unRecords(), ofacRecords()).entities;
    const aweys = out.filter((e) => e.name === 'AWEYS, Hassan Dahir');
    expect(aweys.map((e) => e.id)).toEqual(['ofac-7006']);
    expect(aweys[0].sources.map((s) => s.ref).sort()).toEqual(['11744', '7006', 'QDi.042', 'SOi.002']);
    expect(out.some((e) => e.id === 'un-QDi.042' || e.id === 'un-SOi.002' || e.id === 'ofac-11744')).toBe(false);
  });

  it('keeps apart a namesake born in another year, and a common two-word name with a year and no nationality on one side', () => {
    const son = { ...un('IRi.033'), birthDates: ['1986'] };
    const r1 = build([son], [ofac('10479')]);
    expect(r1.byId.has(son.id)).toBe(true);
    expect(refused(r1.report)).toEqual(['ofac-10479 un-IRi.033: born 1956 and 1986']);
    const ali = (id: string, list: string, name: string, nationalities: string[]): Entity => ({
      ...ofac('31195'), id, name, names: [{ name, type: 'primary' }], nationalities, birthDates: ['1970'], sources: [{ list, ref: id }],
    });
    const r2 = build([ali('un-x', 'un-sc-consolidated', 'AHMED ALI', [])], [ali('ofac-x', 'us-ofac-sdn', 'ALI, Ahmed', ['Yemen'])]);
    expect(r2.byId.has('un-x')).toBe(true);
    expect(refused(r2.report)).toEqual(['ofac-x un-x: a common name and a year, and no nationality on one side']);
  });

  it('merges nothing by whole name when the streamed records were not counted (so the builder and the worker both count)', () => {
    const { report: r, byId: b } = build(unRecords(), ofacRecords(), false);
    expect(r.filter((m) => m.byName)).toEqual([]);
    expect(b.has('un-YEi.012')).toBe(true);
  });

  it("gives the same entities through the worker's compose as through the builder's order", () => {
    const fresh = (source: (typeof PUBLISHER_SOURCES)[keyof typeof PUBLISHER_SOURCES], entities: Entity[]) => ({
      source, entities, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: null, confirmed: false, namesComparable: false,
    });
    const composed = compose([], [fresh(PUBLISHER_SOURCES['ofac-sdn'], ofacRecords()), fresh(PUBLISHER_SOURCES.un, unRecords())], []).entities;
    const view = (es: Entity[]) => [...es].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({ id: e.id, sources: e.sources, sanctions: e.sanctions, names: e.names }));
    const built = build(unRecords(), ofacRecords()).entities;
    expect(composed.length).toBe(built.length);
    expect(view(composed)).toEqual(view(built));
    expect(composed.find((e) => e.id === 'ofac-31195')?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'un-sc-consolidated']);
  });

  it("folds a consolidated-list record into the SDN entry of its ent_num in the worker's compose as in the builder, and counts its names", () => {
    // 17927's real rows read as OFAC's consolidated list too, with his full names there only (the SDN row keeps "AL
    // HOUTHI" and no alias): both paths make one entity, which takes the UN record by the consolidated list's names.
    const sdn = buildOfacEntities({
      sdn: parseSdnCsv(latin1('sdn_2024-07-02.sample.csv').replace('"AL HOUTHI, Abdul Malik"', '"AL HOUTHI"'), 'sdn').records,
      alt: parseAltCsv(only(latin1('alt_2025-01-06.sample.csv'), false), 'alt').records,
      add: parseAddCsv(latin1('add_2025-01-06.sample.csv'), 'add').records,
    }).records;
    const cons = consRecords;
    const fresh = (source: (typeof PUBLISHER_SOURCES)[keyof typeof PUBLISHER_SOURCES], entities: Entity[]) => ({
      source, entities, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: null, confirmed: false, namesComparable: false,
    });
    const composed = compose([], [fresh(PUBLISHER_SOURCES['ofac-sdn'], structuredClone(sdn)), fresh(PUBLISHER_SOURCES['ofac-cons'], cons()), fresh(PUBLISHER_SOURCES.un, unRecords())], []).entities;
    // The builder's order: the consolidated record folded into the SDN entity before the count (withCons).
    const stream = structuredClone(sdn);
    mergeInto(stream.find((e) => e.id === 'ofac-17927')!, cons()[0]);
    const built = build(unRecords(), stream).entities;
    const view = (es: Entity[]) => [...es].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({ id: e.id, sources: e.sources, sanctions: e.sanctions, names: e.names }));
    expect(view(composed)).toEqual(view(built));
    expect(composed.find((e) => e.id === 'ofac-17927')?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'us-ofac-cons', 'un-sc-consolidated']);
    expect(composed.some((e) => e.id === 'ofac-cons-17927' || e.id === 'un-YEi.004')).toBe(false);
  });
});

describe('the whole-name merge for organisations', () => {
  const imu = () => un('QDe.010');
  const named = (e: Entity, name: string, aliases: string[]): Entity => ({ ...e, name, names: [{ name, type: 'primary' }, ...aliases.map((a) => ({ name: a, type: 'aka' as const }))] });
  const merged = (r: NearMiss[]) => r.filter((m) => m.byName && m.merged).map((m) => `${m.into.id} ← ${m.other.id}: ${m.why}`);

  it("reads a bracket at the end of a body's name as no part of it: the UN's 'ISLAMIC MOVEMENT OF UZBEKISTAN (IMU)'", () => {
    const r = build([named(imu(), 'ISLAMIC MOVEMENT OF UZBEKISTAN (IMU)', ['IMU'])], [ofac('6725')]);
    expect(merged(r.report)).toEqual(["ofac-6725 ← un-QDe.010: organization's name on both lists"]);
  });

  it("with no country on one side, merges one list's first name among the other's names only with a program both lists give", () => {
    const other = named(imu(), 'UZBEK ISLAMIC MOVEMENT GROUP', ['ISLAMIC MOVEMENT OF UZBEKISTAN']);
    expect(merged(build([other], [ofac('6725')]).report)).toEqual(["ofac-6725 ← un-QDe.010: organization's first name on one list, and a sanctions program both lists give"]);
    const libya = { ...other, sanctions: other.sanctions.map((x) => ({ ...x, program: 'Libya' })) };
    const r = build([libya], [ofac('6725')]);
    expect(r.byId.has('un-QDe.010')).toBe(true);
    expect(refused(r.report)).toEqual(["ofac-6725 un-QDe.010: no country on one side, the name is not both lists' first, and no first name with a sanctions program both lists give"]);
  });

  it("of two bodies that fit, merges the one whose first name is the other list's first name, and says why not the other", () => {
    const second = { ...named(un('KPe.003'), 'KOREA CHANGGWANG CREDIT BANK', []), id: 'un-KPe.999', sources: [{ list: 'un-sc-consolidated', ref: 'KPe.999' }] };
    const r = build([un('KPe.003'), second], [ofac('9346')]);
    expect(merged(r.report)).toEqual(['ofac-9346 ← un-KPe.003: organization name and country']);
    expect(refused(r.report)).toEqual(['ofac-9346 un-KPe.999: another candidate fits by stronger evidence: un-KPe.003']);
  });
});

describe("the builder's merge and the worker's compose give identical entities from identical files", () => {
  // 17927's real rows read as OFAC's consolidated list too (as above); AW-MOHAMED, Ahmed Abdi is on the SDN list twice
  // (11311 SDGT, 11746 SOMALIA: one name, birth day and place, so one entity: same-list-duplicates.ts); the curated
  // file adds a name to 17927 and a record of its own.
  const sdnRecords = () => buildOfacEntities({
    sdn: parseSdnCsv(latin1('sdn_2024-07-02.sample.csv'), 'sdn').records,
    alt: parseAltCsv(latin1('alt_2025-01-06.sample.csv'), 'alt').records,
    add: parseAddCsv(latin1('add_2025-01-06.sample.csv'), 'add').records,
  }).records;
  const curatedRows = () => parseCurated(JSON.stringify({ entities: [
    { id: 'curated-houthi-title', mergeInto: { list: 'us-ofac-sdn', ref: '17927' }, kind: 'person', name: 'Sayyid Abdulmalik Badruddin al-Houthi', facts: [{ type: 'nickname', name: 'Sayyid', date: '2004', sourceUrl: 'https://www.un.org/securitycouncil/sanctions/2140' }], sourceUrls: ['https://www.un.org/securitycouncil/sanctions/2140/materials/summaries/individual/abdulmalik-al-houthi'] },
    { id: 'curated-standalone', kind: 'agency', name: 'Example Standalone Agency', sourceUrls: ['https://example.org/agency'] },
  ] }), 'curated.json').records;

  /** scripts/build-dataset.ts's order over these records: UN held, the non-SDN record waiting, every entry counted, then streamed. */
  function built(): Entity[] {
    const merge = new ListMerge(curatedRows(), 'curated.json');
    for (const e of unRecords()) merge.hold(e);
    for (const e of consRecords()) merge.holdConsolidated(e);
    const sdn = sdnRecords();
    merge.releaseConsolidated((entNum) => sdn.some((e) => sdnEntNum(e) === entNum));
    for (const e of sdn) merge.count(structuredClone(e), sdnEntNum(e)!);
    const out: Entity[] = [];
    for (const e of sdn) {
      out.push(...merge.take(e, sdnEntNum(e)));
    }
    return [...out, ...merge.endOfStream(), ...merge.rest()];
  }

  function composed(): Entity[] {
    const fresh = (source: (typeof PUBLISHER_SOURCES)[keyof typeof PUBLISHER_SOURCES], entities: Entity[]) => ({
      source, entities, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: null, confirmed: false, namesComparable: false,
    });
    return compose([], [fresh(PUBLISHER_SOURCES['ofac-sdn'], sdnRecords()), fresh(PUBLISHER_SOURCES['ofac-cons'], consRecords()), fresh(PUBLISHER_SOURCES.un, unRecords())], curatedRows()).entities;
  }

  const view = (es: Entity[]) => [...es].sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((e) => ({ id: e.id, kind: e.kind, sources: e.sources, sanctions: e.sanctions, names: e.names, facts: e.facts, birthDates: e.birthDates }));

  it('an entry on both OFAC lists with a curated row: its non-SDN record folded in before the curated rows, as the builder does', () => {
    const houthi = (es: Entity[]) => view(es.filter((e) => e.id === 'ofac-17927'));
    const c = composed();
    expect(houthi(c)).toEqual(houthi(built()));
    expect(c.find((e) => e.id === 'ofac-17927')!.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'us-ofac-cons', 'sanctions-lens-curated', 'un-sc-consolidated']);
    // The consolidated list's names come before the curated one.
    const names = c.find((e) => e.id === 'ofac-17927')!.names.map((n) => n.name);
    expect(names.indexOf('Sayyid Abdulmalik Badruddin al-Houthi')).toBeGreaterThan(names.indexOf('AL HOUTHI, Abdul Malik'));
  });

  it('the same entities, with the same names, sanctions and facts', () => {
    expect(view(composed())).toEqual(view(built()));
  });

  it("one list's two entries of one person are one entity in both, and the curated file's own record is in both", () => {
    for (const es of [built(), composed()]) {
      expect(es.filter((e) => e.name === 'AW-MOHAMED, Ahmed Abdi').map((e) => e.id)).toEqual(['ofac-11311']);
      expect(es.find((e) => e.id === 'ofac-11311')!.sources.map((s) => s.ref)).toEqual(['11311', '11746']);
      expect(es.filter((e) => e.id === 'curated-standalone')).toHaveLength(1);
    }
  });

  it('composing again over its own result changes nothing: curated rows are applied once', () => {
    const first = composed();
    const fresh = (source: (typeof PUBLISHER_SOURCES)[keyof typeof PUBLISHER_SOURCES], entities: Entity[]) => ({
      source, entities, publishedAt: '2026-12-02T00:00:00.000Z', installedAt: '2026-12-01T00:00:00.000Z', confirmed: false, namesComparable: false,
    });
    // Only the UN list is new: the OFAC records stay as installed, with their curated rows already on them.
    const again = compose(structuredClone(first), [fresh(PUBLISHER_SOURCES.un, unRecords())], curatedRows()).entities;
    // The UN rows come back after the installed OFAC rows: compared as sets.
    const sorted = (es: Entity[]) => view(es).map((e) => ({ ...e, sources: sortJson(e.sources), sanctions: sortJson(e.sanctions), names: sortJson(e.names) }));
    expect(sorted(again)).toEqual(sorted(first));
    expect(again.find((e) => e.id === 'ofac-17927')!.facts).toHaveLength(1);
  });
});

describe('a name whose patronymic the lists spell apart', () => {
  const person = (id: string, list: string, name: string, birthDates: string[], nationalities: string[]): Entity => ({
    id, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates, birthPlaces: [], nationalities, countries: [], positions: [],
    identifiers: [], sources: [{ list, ref: id }], sanctions: [], events: [],
  });
  // The real pair: OFAC 22643 and UN QDi.405, both born 14 Mar 1992.
  const ofacBarkhanoev = person('ofac-22643', 'us-ofac-sdn', 'BARKHANOEV, Malik Ruslanovish', ['1992-03-14'], ['Russia']);
  const unBarkhanoev = person('un-QDi.405', 'un-sc-consolidated', 'Malik Ruslanovich Barkhanoev', ['1992-03-14'], ['Russian Federation']);

  it('keys both by the other words and the birth day, and merges them by that day', async () => {
    const { crossListKeys, crossListVerdict } = await import('../../lib/dataset/cross-list');
    const shared = crossListKeys(ofacBarkhanoev).filter((k) => crossListKeys(unBarkhanoev).includes(k));
    expect(shared).toEqual(['d:barkhanoev malik@1992-03-14']);
    expect(crossListVerdict(ofacBarkhanoev, unBarkhanoev, shared)).toEqual({ rule: 'name but the patronymic, and birth day' });
    const { entities } = build([unBarkhanoev], [ofacBarkhanoev]);
    expect(entities.map((e) => e.id)).toEqual(['ofac-22643']);
  });

  it('keeps apart another day, a year alone, other words, or a name without a patronymic', async () => {
    const { crossListKeys } = await import('../../lib/dataset/cross-list');
    const dKeys = (e: Entity) => crossListKeys(e).filter((k) => k.startsWith('d:'));
    expect(dKeys({ ...unBarkhanoev, birthDates: ['1992-03-15'] })).not.toEqual(dKeys(ofacBarkhanoev));
    expect(dKeys({ ...unBarkhanoev, birthDates: ['1992'] })).toEqual([]);
    expect(dKeys({ ...unBarkhanoev, name: 'Magomed Ruslanovich Barkhanoev', names: [{ name: 'Magomed Ruslanovich Barkhanoev', type: 'primary' }] })).not.toEqual(dKeys(ofacBarkhanoev));
    expect(dKeys({ ...unBarkhanoev, name: 'Malik Barkhanoev', names: [{ name: 'Malik Barkhanoev', type: 'primary' }] })).toEqual([]);
    const { entities } = build([{ ...unBarkhanoev, birthDates: ['1992-03-15'] }], [ofacBarkhanoev]);
    expect(entities.map((e) => e.id).sort()).toEqual(['ofac-22643', 'un-QDi.405']);
  });
});

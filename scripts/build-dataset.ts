// npm run dataset -- [--data DIR] [--out DIR] [--curated FILE] [--created ISO-TIME] [--sdn FILE --alt FILE --add FILE]
//                    [--no-history] [--no-un] [--no-eu] [--no-curated] [--no-cons] [--sdn-names] [--canada]
//                    [--ftm FILE [--ftm-delta FILE]...]
// Builds the dataset (manifest.json + entities.jsonl.gz) from the real lists in ../shared/data.
// The big list (OFAC, or an FtM export) streams through; only the small lists and indexes stay in memory.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsvLine } from '../lib/dataset/csv';
import { parseCurated } from '../lib/dataset/curated';
import { EU_VEN_URL, parseEuVenezuelaCsv } from '../lib/dataset/eu';
import type { DatasetSource, Entity } from '../lib/dataset/format';
import { ftmEntities } from '../lib/dataset/ftm';
import { makeManifest } from '../lib/dataset/manifest';
import { CANADA_SEMA_URL, parseCanadaSemaXml } from '../lib/dataset/canada';
import { removedEntity } from '../lib/dataset/diff';
import { ListMerge } from '../lib/dataset/list-merge';
import { joinKeys, type NearMiss } from '../lib/dataset/merge';
import {
  addRowFromFields, altRowFromFields, ofacEntityId, parseSdnCsv, sdnEntity, sdnRowFromFields, type AddRow, type AltRow, type SdnRow,
} from '../lib/dataset/ofac';
import { parseSanctionsEntries, type OfacEntryDate } from '../lib/dataset/ofac-advanced';
import { OFAC_CONS_URL, parseOfacConsolidated } from '../lib/dataset/ofac-cons';
import {
  SDN_NAMES_SOURCE, SDN_NAMES_SPAN, SDN_NAMES_URL, addSdnNames, parseSdnNamesLine, sdnNamesAddedEvent, sdnNamesEntity, sdnNamesSanction, type SdnNamesEntry,
} from '../lib/dataset/ofac-sdn-names';
import { SdnHistory, applyOfacHistory, parseChangeLine } from '../lib/dataset/ofac-history';
import type { ImportProblem } from '../lib/dataset/problems';
import { UN_LIST_URL, parseUnXml } from '../lib/dataset/un';
import { readLatin1, readLines, readUtf8, requireFile, writeEntitiesGz } from './dataset/node-io';

// The day of the oldest sdn.csv the history is built from: a program no later file brought on was on the list by then.
const FIRST_SDN_FILE = '2019-01-04';
const OFAC_PD = 'Public domain (US government work)';
const OFAC_PUBLISHER = 'U.S. Department of the Treasury, Office of Foreign Assets Control';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'public/dataset' },
    curated: { type: 'string', default: 'lib/dataset/curated.json' },
    created: { type: 'string' },
    sdn: { type: 'string' },
    alt: { type: 'string' },
    add: { type: 'string' },
    'no-history': { type: 'boolean', default: false },
    'no-un': { type: 'boolean', default: false },
    'no-eu': { type: 'boolean', default: false },
    'no-curated': { type: 'boolean', default: false },
    'no-ofac': { type: 'boolean', default: false },
    'no-cons': { type: 'boolean', default: false },
    // Off by default: the third party's autumn-2025 names (no programs, names in either order) cost the held-out news
    // half precision and recall (P 0.951 R 0.816 without them, 0.934 / 0.807 with); the publishers' sync brings
    // OFAC's own current list instead.
    'sdn-names': { type: 'boolean', default: false },
    // Off by default: Canada's list brings generic organisation names ("Presidential Guard") that the matcher flags
    // on unrelated pages (held-out precision 0.933 → 0.903, one more namesake); on when that is solved.
    canada: { type: 'boolean', default: false },
    ftm: { type: 'string' },
    'ftm-delta': { type: 'string', multiple: true, default: [] },
  },
});

const data = resolve(args.data);
const out = resolve(args.out);
const created = args.created ? new Date(args.created) : new Date();
if (Number.isNaN(created.getTime())) throw new Error(`--created is not a date: ${args.created}`);
const started = Date.now();
const problems: ImportProblem[] = [];
const sources: DatasetSource[] = [];
const log = (m: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`);

function input(rel: string, override?: string): { path: string; file: string } {
  return override ? { path: requireFile(resolve(override)), file: override } : { path: requireFile(join(data, rel)), file: rel };
}

function collect<T>(r: { records: T[]; problems: ImportProblem[] }): T[] {
  problems.push(...r.problems);
  return r.records;
}

// Smaller lists first: they wait in the merge index for the OFAC record of the same party. Every near miss (same
// surnames, a given name in common, on two publishers' lists) is printed: merged, or refused and why.
const nearMisses = { merged: 0, refused: 0 };
const describe = (e: Entity) => `${e.name} <${e.id}> (${e.sources.map((s) => `${s.list} ${s.ref}`).join('; ')}; born ${e.birthDates.join('/') || '?'}; ${e.nationalities.join('/') || 'no nationality'})`;
// The whole-name rule's merges by evidence and its refusals by reason ("born" and "nationality" reasons by kind).
const byName = new Map<string, number>();
function reportNearMiss(m: NearMiss): void {
  if (m.byName) {
    const tally = `${m.merged ? 'merged' : 'refused'}: ${m.why.replace(/^(born|nationality|countries) .*/, '$1 differ').replace(/^\d+ streamed records carry .*/, 'name on two or more OFAC entries').replace(/^\d+ candidates.*/, 'two or more candidates').replace(/^another candidate fits by stronger evidence.*/, 'another candidate fits by stronger evidence')}`;
    byName.set(tally, (byName.get(tally) ?? 0) + 1);
    console.error(`${m.merged ? 'same name merged ' : 'same name refused'}: ${describe(m.into)} ← ${describe(m.other)}: ${m.why}`);
    return;
  }
  nearMisses[m.merged ? 'merged' : 'refused']++;
  console.error(`${m.merged ? 'near miss merged ' : 'near miss refused'}: ${describe(m.into)} ← ${describe(m.other)}: ${m.why}`);
}
const curatedRows = args['no-curated'] ? [] : collect(parseCurated(readFileSync(resolve(args.curated), 'utf8'), args.curated));
// The lists merged in the order the worker's compose runs too (lib/dataset/list-merge.ts).
const merge = new ListMerge(curatedRows, args.curated, {
  nearMiss: reportNearMiss,
  sameList: (a, b) => console.error(`same list merged: ${describe(a)} ← ${describe(b)}`),
});
if (!args['no-un']) {
  const un = input('un/UN_consolidated_2026-02-27.xml.gz');
  const r = parseUnXml(readUtf8(un.path), un.file);
  for (const e of collect(r)) merge.hold(e);
  sources.push({ name: 'UN Security Council Consolidated List', publisher: 'United Nations Security Council', snapshot: r.generated ?? '2026-02-27', licence: 'UN public data', url: UN_LIST_URL });
  log(`UN: ${r.records.length} records`);
}
if (!args['no-eu']) {
  const eu = input('eu/eu_journal_32017R2063_venezuela_consolidated_2025-12-17.csv');
  const r = parseEuVenezuelaCsv(readUtf8(eu.path), eu.file);
  for (const e of collect(r)) merge.hold(e);
  sources.push({
    name: 'EU Venezuela regime, Regulation (EU) 2017/2063 Annex IV (consolidated 2025-12-17), as transcribed by OpenSanctions',
    publisher: 'European Union (transcription: OpenSanctions)',
    snapshot: '2025-12-17',
    licence: 'CC BY-NC 4.0 (OpenSanctions transcription; non-commercial use only)',
    url: EU_VEN_URL,
  });
  log(`EU: ${r.records.length} records`);
}

if (args.canada) {
  const ca = input('canada/sema_autonomous_list_2025-05-25.xml.gz');
  const r = parseCanadaSemaXml(readUtf8(ca.path), ca.file);
  // Canada's records give no documents and mostly a birth year or none: they may also join an OFAC entry by a name
  // only that entry and that record carry (MergeIndex.takeByName).
  for (const e of collect(r)) merge.hold(e, true);
  sources.push({
    name: 'Canada Consolidated Autonomous Sanctions List (Special Economic Measures Act; Justice for Victims of Corrupt Foreign Officials Act): shipped with the extension; list of 20 Mar 2025, not updated from the publisher',
    publisher: 'Global Affairs Canada',
    snapshot: '2025-03-20 (newest listing day; copy of 2025-05-25)',
    licence: 'Government of Canada publication (Open Government Licence – Canada, not verified for this copy)',
    url: CANADA_SEMA_URL,
  });
  log(`Canada: ${r.records.length} records`);
}

// OFAC's consolidated (non-SDN) list: an entry with an ent_num also on the SDN list is the same entry, folded into
// the SDN entity by ent_num; the others are held for the merge like UN and EU (released once the SDN sets are known).
if (!args['no-cons']) {
  const dir = 'ofac/cons_2025-12-19';
  const [prim, alt, add] = ['cons_prim', 'cons_alt', 'cons_add'].map((f) => input(`${dir}/${f}.csv.gz`));
  const r = parseOfacConsolidated({
    prim: { text: readLatin1(prim.path), file: prim.file },
    alt: { text: readLatin1(alt.path), file: alt.file },
    add: { text: readLatin1(add.path), file: add.file },
  });
  for (const e of collect(r)) merge.holdConsolidated(e);
  sources.push({ name: 'OFAC Consolidated (non-SDN) Sanctions List (cons_prim.csv, cons_alt.csv, cons_add.csv)', publisher: OFAC_PUBLISHER, snapshot: '2025-12-19 (copy of that day: the publication is no later)', licence: OFAC_PD, url: OFAC_CONS_URL });
  log(`OFAC consolidated: ${r.records.length} records`);
}

/** The autumn-2025 SDN names file by ent_num (17,815 entries, names only). */
async function readSdnNames(): Promise<Map<string, SdnNamesEntry> | undefined> {
  if (!args['sdn-names'] || args.sdn) return undefined;
  const f = input('ofac/sdn_names_2025-09/sdn_entities.jsonl.gz');
  const out = new Map<string, SdnNamesEntry>();
  for await (const { line, text } of readLines(f.path, 'utf-8')) {
    if (text.trim() === '') continue;
    const r = parseSdnNamesLine(text, f.file, line);
    if ('message' in r) problems.push(r);
    else if (out.has(r.entNum)) problems.push({ file: f.file, line, message: `entry ${r.entNum} appears twice; the first line is kept` });
    else out.set(r.entNum, r);
  }
  sources.push({
    name: SDN_NAMES_SOURCE,
    publisher: `${OFAC_PUBLISHER} (extract of SDN_ADVANCED.XML: keithrozario/sanctions-checker)`,
    snapshot: '2025-09/10 (by content between 2025-08-20 and 2025-10-22)',
    licence: 'Public domain data (US government work); the derived file states no licence',
    url: SDN_NAMES_URL,
  });
  log(`OFAC SDN names 2025: ${out.size} entries`);
  return out;
}

if (!args['no-curated']) {
  sources.push({
    name: 'Sanctions Lens curated records (each row cites its sources)',
    publisher: 'Sanctions Lens',
    snapshot: created.toISOString().slice(0, 10),
    licence: 'Sanctions Lens project data; facts from the cited public sources',
    url: 'lib/dataset/curated.json',
  });
}

/** Reads an sdn.csv as a stream of rows (the 2024 file is 15k rows; a generated one may be millions). */
function sdnRows(path: string, file: string): AsyncGenerator<SdnRow> {
  return csvRows(path, file, sdnRowFromFields);
}

async function* ofacEntities(): AsyncGenerator<Entity> {
  const sdnIn = input('ofac/sdn_2024-07-02.csv.gz', args.sdn);
  sources.unshift({ name: 'OFAC Specially Designated Nationals list (sdn.csv)', publisher: OFAC_PUBLISHER, snapshot: args.sdn ? 'generated' : '2024-07-02T08:24Z', licence: OFAC_PD, url: 'https://www.treasury.gov/ofac/downloads/sdn.csv' });

  // Pass 1: which entries are on the newest list, and their names (to resolve "Linked To").
  const current = new Set<string>();
  const duplicateLines = new Set<number>();
  const idsByName = new Map<string, string | null>();
  for await (const r of sdnRows(sdnIn.path, sdnIn.file)) {
    if (current.has(r.entNum)) {
      problems.push({ file: sdnIn.file, line: r.line, message: `entry ${r.entNum} appears twice; the first row is kept` });
      duplicateLines.add(r.line);
      continue;
    }
    current.add(r.entNum);
    const k = r.name.toUpperCase();
    idsByName.set(k, idsByName.has(k) ? null : ofacEntityId(r.entNum));
  }
  log(`OFAC sdn: ${current.size} entries`);

  // Aliases and addresses: the newest set after the sdn file (2025-01-06); for entries it no longer has, 2019-01-04.
  // Streamed into slim maps (alias name and type, address country): the rest of a row is not used.
  const altBy = new Map<string, Alias[]>();
  const addBy = new Map<string, Country[]>();
  const readAltAdd = async (alt: { path: string; file: string }, add: { path: string; file: string }, only?: (entNum: string) => boolean) => {
    const entNums = new Set<string>();
    for await (const r of csvRows(add.path, add.file, addRowFromFields)) {
      entNums.add(r.entNum);
      if (only && !only(r.entNum)) continue;
      const list = addBy.get(r.entNum) ?? [];
      if (r.country && !list.some((c) => c.country === r.country)) list.push({ country: r.country });
      addBy.set(r.entNum, list);
    }
    for await (const r of csvRows(alt.path, alt.file, altRowFromFields)) {
      if (only && !only(r.entNum)) continue;
      const list = altBy.get(r.entNum);
      const a = { altType: r.altType, altName: r.altName };
      if (list) list.push(a);
      else altBy.set(r.entNum, [a]);
    }
    return entNums;
  };
  if (args.alt || args.add) {
    if (args.alt && args.add) await readAltAdd(input('', args.alt), input('', args.add));
    else throw new Error('--alt and --add go together');
  } else {
    const inNewer = await readAltAdd(input('ofac/2025-01-06/alt.csv.gz'), input('ofac/2025-01-06/add.csv.gz'));
    await readAltAdd(input('ofac/2019-01-04/alt.csv.gz'), input('ofac/2019-01-04/add.csv.gz'), (e) => !inNewer.has(e));
    sources.push(
      { name: 'OFAC SDN aliases and addresses (alt.csv, add.csv)', publisher: OFAC_PUBLISHER, snapshot: '2025-01-06', licence: OFAC_PD, url: 'https://www.treasury.gov/ofac/downloads/alt.csv' },
      { name: 'OFAC SDN aliases and addresses for entries missing from the 2025 set (alt.csv, add.csv)', publisher: OFAC_PUBLISHER, snapshot: '2019-01-04', licence: OFAC_PD, url: 'https://www.treasury.gov/ofac/downloads/add.csv' },
    );
  }
  log(`OFAC alt/add: ${altBy.size} entries with aliases, ${addBy.size} with addresses`);

  // History: 2019-01-04 vs 2021-05-22 full snapshots, then the record-level change log to 2024-07-02.
  const history = new SdnHistory();
  const created = new Map<string, OfacEntryDate>();
  if (!args['no-history']) {
    const s2019 = input('ofac/2019-01-04/sdn.csv.gz');
    const s2021 = input('ofac/sdn_2021-05-22.csv.gz');
    const byEnt = (rows: SdnRow[]) => new Map(rows.map((r) => [r.entNum, r]));
    history.compareSnapshots(
      byEnt(collect(parseSdnCsv(readLatin1(s2019.path), s2019.file))),
      byEnt(collect(parseSdnCsv(readLatin1(s2021.path), s2021.file))),
      { after: FIRST_SDN_FILE, date: '2021-05-22T22:02:00Z', sourceUrl: 'https://github.com/markschaver/SDN/blob/4bf2cdfa390b302a1e817977f071479946410b8d/data.csv' },
    );
    const log3 = input('ofac/sdn_csv_changes_2021-05-22_to_2024-07-02.jsonl.gz');
    let n = 0;
    for await (const { line, text } of readLines(log3.path, 'utf-8')) {
      if (text.trim() === '') continue;
      const c = parseChangeLine(text, log3.file, line);
      if ('op' in c) {
        history.addChange(c);
        n++;
      } else problems.push(c);
    }
    const adv = input('ofac/sdn_advanced/sanctions_entries_2024-03-06.partial.derived.csv.gz');
    // The extract's public copy, byte for byte the file read here: a removed entry's creation day cites its row.
    const extract = 'https://github.com/venkatasai-kadamati/ofac_sdn_parser/blob/6c2fc694b544536776a38d16ce2e3386571f1393/ofac_sdn_parser/generated_csv/sanctions_entries.csv';
    for (const d of collect(parseSanctionsEntries(readUtf8(adv.path), adv.file))) created.set(d.entNum, { ...d, sourceUrl: `${extract}#L${d.line}` });
    sources.push(
      { name: 'OFAC SDN snapshot (sdn.csv) of early January 2019', publisher: OFAC_PUBLISHER, snapshot: '2019-01-04', licence: OFAC_PD, url: 'https://github.com/moov-io/watchman/tree/f5ec13d066122cf57a4eb5e5f502c4e194c61e1d/test/testdata' },
      { name: `OFAC sdn.csv change log between 341 scraped snapshots (${n} changes; derived from git-scrapes)`, publisher: `${OFAC_PUBLISHER} (scrapes: markschaver/SDN, jackdwyer/specially-designated-nationals-list)`, snapshot: '2021-05-22..2024-07-02', licence: OFAC_PD, url: 'https://github.com/markschaver/SDN' },
      { name: 'OFAC SDN_ADVANCED.XML entry creation dates (partial third-party extract, profiles up to 21949)', publisher: `${OFAC_PUBLISHER} (extract: venkatasai-kadamati/ofac_sdn_parser)`, snapshot: '2024-03-06', licence: OFAC_PD, url: 'https://github.com/venkatasai-kadamati/ofac_sdn_parser' },
    );
    log(`OFAC history: ${n} changes, ${history.events.size} entries with events, ${created.size} creation dates`);
  }

  const toEntity = (row: SdnRow, onList: boolean): Entity => {
    const e = sdnEntity(row, altBy.get(row.entNum) ?? [], addBy.get(row.entNum) ?? []);
    for (const l of e.links ?? []) {
      const id = idsByName.get(l.name.toUpperCase());
      if (id) l.id = id;
    }
    applyOfacHistory(e, history.events.get(row.entNum) ?? [], created.get(row.entNum), onList, args['no-history'] ? undefined : FIRST_SDN_FILE, history.evidence);
    return e;
  };
  // The autumn-2025 names: which 2024 entries are still listed (and their newer names), which are new. The file is
  // complete (17,815 entries; every 2024 entry it lacks is also absent from the add.csv of 2025-12-24, which has a
  // row for every SDN entry), so a 2024 entry it lacks has left the list in between.
  const names2025 = await readSdnNames();
  merge.releaseConsolidated((entNum) => current.has(entNum) || (names2025?.has(entNum) ?? false));
  const span = { after: SDN_NAMES_SPAN.after, date: SDN_NAMES_SPAN.date };

  // Pass 2: how many OFAC entries carry each name; a held record joins by name only a name one entry carries
  // (Canada's by takeByName, any by the whole-name rule: MergeIndex.countStream).
  const onStream = new Map<string, number>();
  // Counted with the names pass 3 gives the entity (ListMerge.count adds its consolidated-list record's).
  const count = (e: Entity, entNum: string) => {
    merge.count(e, entNum);
    if (!args.canada) return;
    for (const k of joinKeys(e)) onStream.set(k, (onStream.get(k) ?? 0) + 1);
  };
  const countRow = (row: SdnRow, onList: boolean) => {
    const e = sdnEntity(row, altBy.get(row.entNum) ?? [], []);
    const entry = names2025?.get(row.entNum);
    if (entry) addSdnNames(e, entry);
    // Listed or removed as pass 3 makes it: the same-list pass folds a removed entry into a listed one.
    if (onList ? names2025 && !entry : !entry) for (const s of e.sanctions) s.status = 'delisted';
    count(e, row.entNum);
  };
  {
    for await (const row of csvRows(sdnIn.path, sdnIn.file, sdnRowFromFields, [])) if (!duplicateLines.has(row.line)) countRow(row, true);
    for (const [entNum, row] of history.lastRow) if (!current.has(entNum)) countRow(row, false);
    for (const [entNum, entry] of names2025 ?? []) {
      if (!current.has(entNum) && !history.lastRow.has(entNum)) count(sdnNamesEntity(entry, merge.consolidatedKind(entNum)), entNum);
    }
  }
  const carrying = (key: string) => onStream.get(key) ?? 0;
  const counts = { aliases: 0, removed: 0, relisted: 0, added: 0 };

  // Pass 3: the entities of the newest list, then the entries that have left it (shown as delisted), then the
  // entries only the 2025 names know.
  // Pass 1 has reported the bad rows; this pass drops them again without repeating the report.
  for await (const row of csvRows(sdnIn.path, sdnIn.file, sdnRowFromFields, [])) {
    if (duplicateLines.has(row.line)) continue;
    let e = toEntity(row, true);
    const entry = names2025?.get(row.entNum);
    if (entry) counts.aliases += addSdnNames(e, entry);
    else if (names2025) {
      e = removedEntity(e, span) ?? e;
      counts.removed++;
    }
    yield* take(e, row.entNum, carrying);
  }
  for (const [entNum, row] of history.lastRow) {
    if (current.has(entNum)) continue;
    const e = toEntity(row, false);
    const entry = names2025?.get(entNum);
    if (entry) {
      // Removed before 2024 and on the list again in 2025.
      e.sanctions.push(sdnNamesSanction(entNum));
      e.events.push(sdnNamesAddedEvent());
      e.events.sort((a, b) => a.date.localeCompare(b.date));
      counts.aliases += addSdnNames(e, entry);
      counts.relisted++;
    }
    yield* take(e, entNum, carrying);
  }
  for (const [entNum, entry] of names2025 ?? []) {
    if (current.has(entNum) || history.lastRow.has(entNum)) continue;
    counts.added++;
    yield* take(sdnNamesEntity(entry, merge.consolidatedKind(entNum)), entNum, carrying);
  }
  yield* merge.endOfStream();
  if (names2025) log(`OFAC SDN 2025: ${counts.added} new entries, ${counts.relisted} listed again, ${counts.removed} removed, ${counts.aliases} names added to 2024 entries`);
}

/** An entry through ListMerge.take: nothing while it waits for its other entries on the same list. */
function* take(e: Entity, entNum: string | undefined, onStream?: (key: string) => number): Generator<Entity> {
  yield* merge.take(e, entNum, onStream);
}

type Alias = Pick<AltRow, 'altType' | 'altName'>;
type Country = Pick<AddRow, 'country'>;

async function* csvRows<T>(
  path: string,
  file: string,
  fromFields: (f: string[], line: number) => T | { error: string },
  sink: ImportProblem[] = problems,
): AsyncGenerator<T> {
  for await (const { line, text } of readLines(path, 'latin1')) {
    if (text.trim() === '') continue;
    const r = parseCsvLine(text);
    const row = 'error' in r ? r : fromFields(r.fields, line);
    if (row && typeof row === 'object' && 'error' in row) sink.push({ file, line, message: row.error });
    else yield row as T;
  }
}

async function* ftmInput(): AsyncGenerator<Entity> {
  if (!args.ftm) return;
  const file = args.ftm;
  const path = requireFile(resolve(file));
  const deltas = args['ftm-delta'].map((d) => ({ file: d, text: readUtf8(requireFile(resolve(d))) }));
  for await (const e of ftmEntities(() => ({ file, lines: readLines(path, 'utf-8') }), deltas, problems)) yield* take(e, undefined);
  sources.push({ name: `OpenSanctions FollowTheMoney export (${args.ftm})`, publisher: 'OpenSanctions', snapshot: 'as given', licence: 'CC BY-NC 4.0 (OpenSanctions; commercial use needs a licence)', url: 'https://www.opensanctions.org/' });
}

async function* everything(): AsyncGenerator<Entity> {
  if (!args['no-ofac']) yield* ofacEntities();
  else merge.releaseConsolidated(() => false);
  yield* ftmInput();
  yield* merge.rest();
}

mkdirSync(out, { recursive: true });
const written = await writeEntitiesGz(join(out, 'entities.jsonl.gz'), everything());
log(`near misses: ${nearMisses.merged} merged, ${nearMisses.refused} refused`);
log(`same whole name on two publishers' lists (cross-list.ts): ${[...byName].sort().map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
problems.push(...merge.curated.problems);
const manifest = makeManifest({
  created,
  entities: written.records,
  names: written.names,
  sources,
  files: [{ path: 'entities.jsonl.gz', sha256: written.sha256, bytes: written.bytes, records: written.records }],
});
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
if (existsSync(out)) {
  for (const p of problems.slice(0, 50)) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more problems`);
}
const mem = process.resourceUsage().maxRSS / 1024;
console.log(
  `dataset ${manifest.version}: ${written.records} entities, ${written.names} names, ` +
    `${(written.bytes / 1e6).toFixed(2)} MB gz; ${problems.length} problems; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${mem.toFixed(0)} MB → ${out}`,
);

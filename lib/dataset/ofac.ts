// OFAC's SDN list in its legacy CSV set: sdn.csv (one row per entry), alt.csv (aliases), add.csv (addresses).
// Column order follows OFAC's data specification (cons_dat_spec.txt); ent_num joins the three files.

import { runToEnd, type Steps } from '../stepwise';
import { parseCsvFile, parseCsvLine } from './csv';
import type { Entity, EntityKind, EntityLink, EntityName, Identifier, NameType, Sanction } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { pushUnique } from './push-unique';

export const OFAC_AUTHORITY = 'US OFAC';
export const OFAC_SDN_LIST = 'us-ofac-sdn';

export function ofacEntityId(entNum: string): string {
  return `ofac-${entNum}`;
}

/** OFAC's public page for one entry: the closest thing to a per-record source link. */
export function ofacDetailsUrl(entNum: string): string {
  return `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entNum}`;
}

export interface SdnRow {
  line: number;
  entNum: string;
  name: string;
  type: string;
  programs: string[];
  title: string;
  callSign: string;
  vesselType: string;
  tonnage: string;
  grt: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
}

export interface AltRow {
  line: number;
  entNum: string;
  altNum: string;
  altType: string;
  altName: string;
  remarks: string;
}

export interface AddRow {
  line: number;
  entNum: string;
  addNum: string;
  address: string;
  cityStateZip: string;
  country: string;
  remarks: string;
}

const ENT_NUM = /^\d+$/;

/** Programs are written `A] [B] [C` (the outer brackets dropped by the CSV export). */
export function splitPrograms(field: string): string[] {
  return field
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter((p) => p !== '');
}

/** One sdn.csv row from its 12 fields, or the reason it is not one. */
export function sdnRowFromFields(f: string[], line: number): SdnRow | { error: string } {
  if (f.length !== 12) return { error: `expected 12 fields, found ${f.length}` };
  if (!ENT_NUM.test(f[0])) return { error: `ent_num is not a number: ${JSON.stringify(f[0])}` };
  if (f[1] === '') return { error: `entry ${f[0]} has no name` };
  return {
    line,
    entNum: f[0],
    name: f[1],
    type: f[2],
    programs: splitPrograms(f[3]),
    title: f[4],
    callSign: f[5],
    vesselType: f[6],
    tonnage: f[7],
    grt: f[8],
    vesselFlag: f[9],
    vesselOwner: f[10],
    remarks: f[11],
  };
}

/** One sdn.csv line of text (as in the change log) to a row. */
export function parseSdnLine(text: string, line: number): SdnRow | { error: string } {
  const r = parseCsvLine(text);
  return 'error' in r ? r : sdnRowFromFields(r.fields, line);
}

export function parseSdnCsv(text: string, file: string): ImportResult<SdnRow> {
  const { rows, problems } = parseCsvFile(text, file, 12);
  const records: SdnRow[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    const row = sdnRowFromFields(fields, line);
    if ('error' in row) {
      problems.push({ file, line, message: row.error });
    } else if (seen.has(row.entNum)) {
      problems.push({ file, line, message: `entry ${row.entNum} appears twice; the first row is kept` });
    } else {
      seen.add(row.entNum);
      records.push(row);
    }
  }
  return { records, problems: byLine(problems) };
}

export function altRowFromFields(f: string[], line: number): AltRow | { error: string } {
  if (f.length !== 5) return { error: `expected 5 fields, found ${f.length}` };
  if (!ENT_NUM.test(f[0])) return { error: `ent_num is not a number: ${JSON.stringify(f[0])}` };
  if (f[3] === '') return { error: `alias ${f[1]} of entry ${f[0]} has no name` };
  return { line, entNum: f[0], altNum: f[1], altType: f[2], altName: f[3], remarks: f[4] };
}

export function addRowFromFields(f: string[], line: number): AddRow | { error: string } {
  if (f.length !== 6) return { error: `expected 6 fields, found ${f.length}` };
  if (!ENT_NUM.test(f[0])) return { error: `ent_num is not a number: ${JSON.stringify(f[0])}` };
  return { line, entNum: f[0], addNum: f[1], address: f[2], cityStateZip: f[3], country: f[4], remarks: f[5] };
}

function parseRows<T extends { entNum: string }>(
  text: string,
  file: string,
  columns: number,
  fromFields: (f: string[], line: number) => T | { error: string },
): ImportResult<T> {
  const { rows, problems } = parseCsvFile(text, file, columns);
  const records: T[] = [];
  for (const { line, fields } of rows) {
    const r = fromFields(fields, line);
    if ('error' in r) problems.push({ file, line, message: r.error });
    else records.push(r);
  }
  return { records, problems: byLine(problems) };
}

export function parseAltCsv(text: string, file: string): ImportResult<AltRow> {
  return parseRows(text, file, 5, altRowFromFields);
}

export function parseAddCsv(text: string, file: string): ImportResult<AddRow> {
  return parseRows(text, file, 6, addRowFromFields);
}

function byLine(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => a.line - b.line);
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * OFAC dates as ISO: `23 Nov 1962` → 1962-11-23, `Nov 1962` → 1962-11, `1962` and `circa 1962` → 1962,
 * `1959 to 1963` → 1959/1963 (an ISO 8601 interval: the source gives no more).
 */
export function parseOfacDate(text: string): string | undefined {
  const t = text.trim().replace(/^circa\s+/i, '');
  let m = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(t);
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`;
  m = /^([A-Za-z]{3}) (\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1];
  m = /^(.+?) to (.+)$/.exec(t);
  if (m) {
    const a = parseOfacDate(m[1]);
    const b = parseOfacDate(m[2]);
    if (a && b) return `${a}/${b}`;
  }
  return undefined;
}

/** Remark labels that introduce an identity document or registry number, longest first so prefixes don't win. */
const IDENTIFIER_LABELS = [
  'Passport', 'National ID No.', 'Cedula No.', 'Tax ID No.', 'Registration ID', 'C.U.R.P.', 'R.F.C.', 'NIT #', 'RUC #',
  'Identification Number', 'Business Registration Document #', 'Company Number', 'SWIFT/BIC', 'Folio Mercantil No.',
  'Commercial Registry Number', 'V.A.T. Number', 'Unified Social Credit Code (USCC)', 'Trade License No.',
  'Legal Entity Number', 'C.R. No.', 'Matricula Mercantil No', 'Chamber of Commerce Number', 'D.N.I.',
  'D-U-N-S Number', 'Central Registration System Number', 'Birth Certificate Number', "Driver's License No.",
  'Vessel Registration Identification', 'MMSI', 'Aircraft Construction Number (also called L/N or S/N or F/N)',
  "Aircraft Manufacturer's Serial Number (MSN)", 'Aircraft Tail Number', 'Government Gazette Number',
  'Registration Number', 'Personal ID Card', 'Public Registration Number', 'Economic Register Number (CRE)',
  'Istanbul Chamber of Comm. No.', 'SSN', 'Residency Number', 'Citizen\'s Card Number', 'Pasaporte',
  'Digital Currency Address - XBT', 'Digital Currency Address - ETH', 'Digital Currency Address - USDT',
  'Digital Currency Address - XMR', 'Digital Currency Address - LTC', 'Digital Currency Address - TRX',
  'Email Address', 'Website', 'Phone Number', 'Telephone No.', 'Fax No.', 'License',
].sort((a, b) => b.length - a.length);

function identifierType(label: string): string {
  return label.replace(/\s*(No\.?|#)$/, '').trim();
}

function parseIdentifier(part: string): Identifier | undefined {
  const p = part.replace(/^alt\.\s+/, '');
  const label = IDENTIFIER_LABELS.find((l) => p.startsWith(`${l} `));
  if (!label) return undefined;
  let rest = p.slice(label.length).trim().replace(/^(No\.?|#|Number)\s+/, '');
  const tail = /\s+(issued|expires|Expiration|Issue Date)\b/i.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  let country: string | undefined;
  const c = /\s*\(([^()]+)\)\s*$/.exec(rest);
  if (c) {
    country = c[1].trim();
    rest = rest.slice(0, c.index);
  }
  const value = rest.trim();
  if (value === '') return undefined;
  return country ? { type: identifierType(label), value, country } : { type: identifierType(label), value };
}

export interface OfacRemarks {
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  identifiers: Identifier[];
  /** Names OFAC keeps in the remarks rather than alt.csv: its "weak" (low-quality) aliases. */
  weakNames: EntityName[];
  linkedTo: string[];
  /** A title, position or rank OFAC writes in the remarks, not in the title column ("Title Basij Deputy Commander"). */
  positions: string[];
}

const QUOTED_ALIAS = /\b([afn])\.k\.a\.,?\s+'([^']+)'/g;

export function parseRemarks(remarks: string): OfacRemarks {
  const out: OfacRemarks = { birthDates: [], birthPlaces: [], nationalities: [], identifiers: [], weakNames: [], linkedTo: [], positions: [] };
  if (remarks === '') return out;
  for (const m of remarks.matchAll(QUOTED_ALIAS)) {
    const name = m[2].trim();
    if (name !== '') out.weakNames.push({ name, type: 'weak' });
  }
  // Parts are separated by '; ' and the whole ends with a period.
  for (const raw of remarks.replace(/\.\s*$/, '').split(/;\s+/)) {
    const part = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(?:alt\.\s+)?DOB\s+(.+)$/.exec(part))) {
      const d = parseOfacDate(m[1]);
      if (d) pushUnique(out.birthDates, d);
    } else if ((m = /^(?:alt\.\s+)?POB\s+(.+)$/.exec(part))) {
      pushUnique(out.birthPlaces, m[1].trim());
    } else if ((m = /^(?:alt\.\s+)?(?:nationality|citizen)\s+(.+)$/.exec(part))) {
      pushUnique(out.nationalities, m[1].trim());
    } else if ((m = /^Linked To:\s+(.+)$/.exec(part))) {
      pushUnique(out.linkedTo, m[1].trim().replace(/\.$/, ''));
    } else if ((m = /^(?:Alt\.\s+)?(?:Title|Position:|Rank)\s+(\p{Lu}.*)$/u.exec(part))) {
      // Not "Position also referred to as ...", a gloss of the title column's office.
      pushUnique(out.positions, m[1].trim());
    } else {
      const id = parseIdentifier(part);
      if (id) out.identifiers.push(id);
    }
  }
  return out;
}

function kindOf(type: string): EntityKind {
  switch (type.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    default:
      // OFAC has no "agency" type: ministries and services are entities like companies. Curated data may say more.
      return 'organization';
  }
}

const ALT_TYPES: Record<string, NameType> = { aka: 'aka', fka: 'fka', nka: 'aka' };

/** One SDN row with its aliases and addresses as an Entity; `links` carry names only (resolved by the caller). */
export function sdnEntity(
  row: SdnRow,
  alts: readonly Pick<AltRow, 'altType' | 'altName'>[],
  adds: readonly Pick<AddRow, 'country'>[],
): Entity {
  const remarks = parseRemarks(row.remarks);
  const names: EntityName[] = [{ name: row.name, type: 'primary' }];
  const addName = (n: EntityName) => {
    if (!names.some((x) => x.name === n.name)) names.push(n);
  };
  for (const a of alts) addName({ name: a.altName, type: ALT_TYPES[a.altType.toLowerCase()] ?? 'aka' });
  for (const w of remarks.weakNames) addName(w);

  const countries: string[] = [];
  for (const a of adds) pushUnique(countries, a.country);
  if (row.vesselFlag) pushUnique(countries, row.vesselFlag);

  const identifiers = remarks.identifiers;
  if (row.callSign) identifiers.push({ type: 'Call Sign', value: row.callSign });

  const sanctions: Sanction[] = row.programs.map((program) => ({
    authority: OFAC_AUTHORITY,
    list: OFAC_SDN_LIST,
    program,
    status: 'active',
    sourceUrl: ofacDetailsUrl(row.entNum),
  }));

  const links: EntityLink[] = remarks.linkedTo.map((name) => ({ relation: 'linked-to', name }));
  if (row.vesselOwner) links.push({ relation: 'owner', name: row.vesselOwner });

  const entity: Entity = {
    id: ofacEntityId(row.entNum),
    kind: kindOf(row.type),
    name: row.name,
    names,
    birthDates: remarks.birthDates,
    birthPlaces: remarks.birthPlaces,
    nationalities: remarks.nationalities,
    countries,
    positions: sdnPositions(row.title, remarks.positions),
    identifiers,
    sources: [{ list: OFAC_SDN_LIST, ref: row.entNum }],
    sanctions,
    events: [],
  };
  if (links.length > 0) entity.links = links;
  return entity;
}

/**
 * The title column's parts, then the remarks' titles, positions and ranks it does not hold (three entries of the
 * 2024-07-02 file: FAZLI, Ali's "Title Basij Deputy Commander" and "Rank Brigadier General", ZARGHAMI's "Title
 * Director, ...", MAMLUK's "Position: Director, General Intelligence Directorate"); the column writes some as
 * "Position: Owner; Alt. Position: General Manager", the remarks again.
 */
function sdnPositions(title: string, fromRemarks: readonly string[]): string[] {
  const out = title ? title.split(/;\s+/).map((t) => t.trim()).filter((t) => t !== '') : [];
  const held = new Set(out.map((t) => t.replace(/^(?:Alt\.\s+)?Position:\s*/, '').replace(/\.$/, '')));
  for (const p of fromRemarks) if (!held.has(p)) out.push(p);
  return out;
}

export interface OfacSet {
  sdn: SdnRow[];
  alt: AltRow[];
  add: AddRow[];
}

export interface OfacBuild extends ImportResult<Entity> {
  /** alt/add rows whose ent_num is not in sdn (an alt/add file of another date): left out by design, counted. */
  unmatched: { alt: number; add: number };
}

/** Joins sdn, alt and add by ent_num and resolves "Linked To" names that name exactly one entry. */
export function buildOfacEntities(set: OfacSet): OfacBuild {
  return runToEnd(ofacEntitySteps(set));
}

/** buildOfacEntities, yielding every few hundred entries (lib/stepwise.ts), for the worker. */
export function* ofacEntitySteps(set: OfacSet): Steps<OfacBuild> {
  const problems: ImportProblem[] = [];
  // Some 40,000 alias and address rows: grouped a few thousand at a time, so the worker answers pages between.
  const altBy = yield* groupSteps(set.alt);
  const addBy = yield* groupSteps(set.add);
  const ids = new Set(set.sdn.map((r) => r.entNum));
  let unAlt = 0;
  let unAdd = 0;
  for (const k of altBy.keys()) if (!ids.has(k)) unAlt += altBy.get(k)?.length ?? 0;
  for (const k of addBy.keys()) if (!ids.has(k)) unAdd += addBy.get(k)?.length ?? 0;
  yield;

  const byName = new Map<string, string[]>();
  for (const [i, r] of set.sdn.entries()) {
    if (i % 2000 === 1999) yield;
    const key = r.name.toUpperCase();
    const same = byName.get(key);
    if (same) same.push(ofacEntityId(r.entNum));
    else byName.set(key, [ofacEntityId(r.entNum)]);
  }
  yield;
  const records: Entity[] = [];
  for (const [i, r] of set.sdn.entries()) {
    const e = sdnEntity(r, altBy.get(r.entNum) ?? [], addBy.get(r.entNum) ?? []);
    for (const l of e.links ?? []) {
      const hits = byName.get(l.name.toUpperCase());
      if (hits && hits.length === 1) l.id = hits[0];
    }
    records.push(e);
    if (i % 100 === 99) yield;
  }
  return { records, problems, unmatched: { alt: unAlt, add: unAdd } };
}

function* groupSteps<T extends { entNum: string }>(rows: T[]): Steps<Map<string, T[]>> {
  const m = new Map<string, T[]>();
  for (const [i, r] of rows.entries()) {
    if (i % 2000 === 1999) yield;
    const list = m.get(r.entNum);
    if (list) list.push(r);
    else m.set(r.entNum, [r]);
  }
  return m;
}

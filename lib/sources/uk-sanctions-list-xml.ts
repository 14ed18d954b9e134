// The UK Sanctions List (FCDO) as its publisher serves it, UK-Sanctions-List.xml: one <Designation> a designated
// person, entity or ship, under a <Designations> root. Read as a stream (`write` each chunk of text, then `close`)
// over the saxes-based XmlRecordReader, so the 20 MB file never becomes one string or one tree: each Designation is
// handed over as a typed record as soon as its end tag is read. The element names and value forms are described in
// ../shared/data/formats/README.md; the fixture test/fixtures/uk-fcdo/ holds four real records.

import type { ImportProblem } from '../dataset/problems';
import { XmlError, XmlRecordReader, child, childText, children, type XmlElement } from '../dataset/xml';

export const UK_XML_ROOT = 'Designations';

/** How the list types a designation (IndividualEntityShip). */
export const UK_DESIGNATION_TYPES = ['Individual', 'Entity', 'Ship'] as const;
export type UkDesignationType = (typeof UK_DESIGNATION_TYPES)[number];

/** Who made the designation: the UK on its own, the UN (the UK carries it out), or both ("UK|UN"). */
export type UkDesignationSource = 'UK' | 'UN';

export interface UkName {
  /** Name1..Name5 then Name6, trimmed, runs of spaces made one, joined by a space ("ABDUL LATIF MANSUR"). */
  name: string;
  /** Name1..Name5 in order, empty ones left out. */
  forenames: string[];
  /** Name6: the surname, or the whole name of an entity or ship. */
  surname: string;
  /**
   * NameType, in whatever casing the list uses: "Primary name", "Primary name variation" (another spelling of the
   * primary name) or "Alias".
   */
  type: 'primary' | 'primary-variation' | 'alias';
  /** AliasStrength: "Good quality a.k.a" or "Low quality a.k.a"; absent on most entity and ship aliases. */
  quality?: 'good' | 'low';
}

/** A passport or national identifier: the number trimmed (the list pads some with spaces) and its note. */
export interface UkDocument {
  number: string;
  info?: string;
}

export interface UkBirthPlace {
  town?: string;
  country?: string;
}

export interface UkDesignation {
  /** Line of the file where the <Designation> start tag ends: where a problem with it is reported. */
  line: number;
  uniqueId: string;
  ofsiGroupId?: string;
  unReferenceNumber?: string;
  /** ISO days from DD/MM/YYYY; absent when the file has none or an unreadable one (a problem says which). */
  lastUpdated?: string;
  dateDesignated?: string;
  names: UkName[];
  nonLatinNames: string[];
  titles: string[];
  /** The regulation's full title, e.g. "The Afghanistan (Sanctions) (EU Exit) Regulations 2020". */
  regimeName: string;
  type: UkDesignationType;
  designationSources: UkDesignationSource[];
  /** SanctionsImposed split on "|": "Asset freeze", "Travel Ban", "Prohibition of port entry", … */
  sanctionsImposed: string[];
  otherInformation?: string;
  statementOfReasons?: string;
  addressCountries: string[];
  /** Individuals: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, each once, in file order. */
  dobs: string[];
  genders: string[];
  nationalities: string[];
  positions: string[];
  passports: UkDocument[];
  nationalIds: UkDocument[];
  birthPlaces: UkBirthPlace[];
  /** Entities: TypeOfEntity ("Terrorist Group"). */
  entityTypes: string[];
  /** Ships: IMONumber as written ("IMO9562233"), and the flag the list believes the ship flies now. */
  imoNumbers: string[];
  flags: string[];
}

/** What one `write` or `close` completed: the records read whole, and the problems found on the way. */
export interface UkReadStep {
  records: UkDesignation[];
  problems: ImportProblem[];
}

export interface UkReaderOptions {
  /**
   * The most characters one Designation (or anything between two) may take. A real one is a few kilobytes; the
   * limit keeps a hostile file (one endless text node) from filling the worker's memory. Checked a line (at most
   * 64 Ki characters) at a time, so a record may pass it by up to that much. Default 1,000,000.
   */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 1_000_000;
/** Text goes to the parser in pieces of at most this many characters, so the size limit is checked often. */
const PIECE = 65_536;

/** DD/MM/YYYY → ISO day; undefined for anything else, including a day that does not exist. */
export function parseUkDay(text: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return realDay(m[3], m[2], m[1]);
}

function realDay(year: string, month: string, day: string): string | undefined {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month}-${day}`;
  return d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * A date of birth as the list writes it → ISO, as precise as it is: "12/11/1967" → 1967-11-12, "dd/09/1958" or
 * "00/09/1958" → 1958-09, "dd/mm/1968", "00/00/1968" or "1968" → 1968. Undefined for anything else.
 */
export function parseUkDob(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return t;
  const m = /^(\d{2}|dd)\/(\d{2}|mm)\/(\d{4})$/i.exec(t);
  if (!m) return undefined;
  const [, day, month, year] = m;
  const noMonth = !/^\d/.test(month) || month === '00';
  const noDay = !/^\d/.test(day) || day === '00';
  if (noMonth) return noDay ? year : undefined; // a day without its month says nothing we can write in ISO
  if (Number(month) > 12) return undefined;
  return noDay ? `${year}-${month}` : realDay(year, month, day);
}

function texts(el: XmlElement | undefined, list: string, item: string): string[] {
  if (!el) return [];
  const out: string[] = [];
  for (const c of children(el, list)) {
    for (const i of children(c, item)) {
      const v = i.text.trim();
      if (v !== '' && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

function nested(el: XmlElement, outer: string, inner: string): XmlElement | undefined {
  const o = child(el, outer);
  return o ? child(o, inner) : undefined;
}

function optional(el: XmlElement, name: string): string | undefined {
  return childText(el, name) || undefined;
}

function documents(el: XmlElement | undefined, list: string, item: string, number: string, info: string): UkDocument[] {
  if (!el) return [];
  const out: UkDocument[] = [];
  for (const d of children(el, list).flatMap((c) => children(c, item))) {
    const n = childText(d, number);
    if (!n || out.some((o) => o.number === n)) continue;
    const note = childText(d, info);
    out.push(note ? { number: n, info: note } : { number: n });
  }
  return out;
}

const NAME_PARTS = ['Name1', 'Name2', 'Name3', 'Name4', 'Name5'];
const NAME_TYPES: Record<string, UkName['type'] | undefined> = {
  'primary name': 'primary',
  'primary name variation': 'primary-variation',
  alias: 'alias',
};

/** A name part with its runs of spaces made one, as a reader sees it (the list pads and doubles some). */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A readable Designation, or the words of why it is not. Problems that leave it readable go to `problems`. */
function designation(el: XmlElement, line: number, problems: string[]): UkDesignation | string {
  const uniqueId = childText(el, 'UniqueID');
  if (!uniqueId) return 'a Designation without a UniqueID';
  const names: UkName[] = [];
  for (const n of children(el, 'Names').flatMap((c) => children(c, 'Name'))) {
    const forenames = NAME_PARTS.map((p) => tidy(childText(n, p))).filter((s) => s !== '');
    const surname = tidy(childText(n, 'Name6'));
    const name = [...forenames, surname].filter((s) => s !== '').join(' ');
    if (!name) continue;
    const type = NAME_TYPES[tidy(childText(n, 'NameType')).toLowerCase()];
    if (!type) {
      problems.push(`name "${name}" has NameType ${JSON.stringify(childText(n, 'NameType'))}, read as an alias`);
    }
    const strength = childText(n, 'AliasStrength').toLowerCase();
    const quality = strength.startsWith('good') ? 'good' : strength.startsWith('low') ? 'low' : undefined;
    if (strength && !quality) problems.push(`name "${name}" has AliasStrength ${JSON.stringify(childText(n, 'AliasStrength'))}`);
    names.push({ name, forenames, surname, type: type ?? 'alias', ...(quality ? { quality } : {}) });
  }
  if (names.length === 0) return `${uniqueId} has no name`;
  const typeText = childText(el, 'IndividualEntityShip');
  const type = UK_DESIGNATION_TYPES.find((t) => t === typeText);
  if (!type) return `${uniqueId} has IndividualEntityShip ${JSON.stringify(typeText)}, not Individual, Entity or Ship`;

  const day = (name: string): string | undefined => {
    const text = childText(el, name);
    if (!text) return undefined;
    const iso = parseUkDay(text);
    if (!iso) problems.push(`${name} ${JSON.stringify(text)} is not a DD/MM/YYYY day`);
    return iso;
  };
  const regimeName = childText(el, 'RegimeName');
  if (!regimeName) problems.push('no RegimeName');
  const designationSources: UkDesignationSource[] = [];
  const sourceText = childText(el, 'DesignationSource');
  for (const s of sourceText.split('|').map((x) => x.trim()).filter(Boolean)) {
    if (s === 'UK' || s === 'UN') designationSources.push(s);
    else problems.push(`DesignationSource ${JSON.stringify(sourceText)} names neither UK nor UN`);
  }

  const person = nested(el, 'IndividualDetails', 'Individual');
  const dobs: string[] = [];
  for (const text of texts(person, 'DOBs', 'DOB')) {
    const iso = parseUkDob(text);
    if (!iso) problems.push(`DOB ${JSON.stringify(text)} is not dd/mm/YYYY, DD/MM/YYYY or YYYY`);
    else if (!dobs.includes(iso)) dobs.push(iso);
  }
  const birthPlaces: UkBirthPlace[] = [];
  for (const l of person ? children(person, 'BirthDetails').flatMap((b) => children(b, 'Location')) : []) {
    const town = childText(l, 'TownOfBirth');
    const country = childText(l, 'CountryOfBirth');
    if (!town && !country) continue;
    if (birthPlaces.some((p) => (p.town ?? '') === town && (p.country ?? '') === country)) continue;
    birthPlaces.push({ ...(town ? { town } : {}), ...(country ? { country } : {}) });
  }
  const addressCountries: string[] = [];
  for (const a of children(el, 'Addresses').flatMap((c) => children(c, 'Address'))) {
    const c = childText(a, 'AddressCountry');
    if (c && !addressCountries.includes(c)) addressCountries.push(c);
  }
  // The script name sits one level deeper than the list's other repeated values.
  const nonLatinNames: string[] = [];
  for (const n of children(el, 'NonLatinNames').flatMap((c) => children(c, 'NonLatinName'))) {
    const v = childText(n, 'NameNonLatinScript');
    if (v && !nonLatinNames.includes(v)) nonLatinNames.push(v);
  }
  const entity = nested(el, 'EntityDetails', 'Entity');
  const ship = nested(el, 'ShipDetails', 'Ship');
  const record: UkDesignation = {
    line,
    uniqueId,
    names,
    nonLatinNames,
    // Titles sit beside the names in the sample; OpenSanctions' crawler looks under the individual: both are read.
    titles: [...new Set([...texts(el, 'Titles', 'Title'), ...texts(person, 'Titles', 'Title')])],
    regimeName,
    type,
    designationSources,
    sanctionsImposed: childText(el, 'SanctionsImposed').split('|').map((s) => s.trim()).filter(Boolean),
    addressCountries,
    dobs,
    genders: texts(person, 'Genders', 'Gender'),
    nationalities: texts(person, 'Nationalities', 'Nationality'),
    positions: texts(person, 'Positions', 'Position'),
    passports: documents(person, 'PassportDetails', 'Passport', 'PassportNumber', 'PassportAdditionalInformation'),
    nationalIds: documents(person, 'NationalIdentifierDetails', 'NationalIdentifier', 'NationalIdentifierNumber', 'NationalIdentifierAdditionalInformation'),
    birthPlaces,
    entityTypes: texts(entity, 'TypeOfEntities', 'TypeOfEntity'),
    imoNumbers: texts(ship, 'IMONumbers', 'IMONumber'),
    flags: texts(ship, 'CurrentBelievedFlagOfShips', 'CurrentBelievedFlagOfShip'),
  };
  const optionals = {
    ofsiGroupId: optional(el, 'OFSIGroupID'),
    unReferenceNumber: optional(el, 'UNReferenceNumber'),
    lastUpdated: day('LastUpdated'),
    dateDesignated: day('DateDesignated'),
    otherInformation: optional(el, 'OtherInformation'),
    statementOfReasons: optional(el, 'UKStatementofReasons'),
  };
  for (const [k, v] of Object.entries(optionals) as [keyof typeof optionals, string | undefined][]) {
    if (v !== undefined) record[k] = v;
  }
  return record;
}

/** Thrown inside the parser's callbacks to stop reading a file that cannot be read on. */
class Stop extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Reads UK-Sanctions-List.xml chunk by chunk. `write` and `close` return the Designations each completed; a record
 * that cannot be read (no UniqueID, no name, an unknown type, a UniqueID seen before) is left out with a problem
 * naming its line. A file that cannot be read on (not well-formed, cut short, another root, a record over the size
 * limit, no Designation at all) sets `failed` to that problem: nothing more is read, and the records already handed
 * over must not be installed, since a list is taken whole or not at all.
 */
export class UkSanctionsListReader {
  /** The root's dateGenerated attribute, an ISO instant ("2026-08-14T23:00:04.744Z"), once the root is read. */
  dateGenerated?: string;
  /** The <DateGenerated> element's day (DD/MM/YYYY in the file) as an ISO day. */
  dayGenerated?: string;
  /** Why the file could not be read to its end, if it could not. */
  failed?: ImportProblem;
  /** How many Designations were handed over. */
  count = 0;

  private readonly reader: XmlRecordReader;
  private readonly maxChars: number;
  private readonly seen = new Set<string>();
  private step: UkReadStep = { records: [], problems: [] };
  private line = 1;
  /** Characters written since the last record ended: what the size limit is checked against. */
  private sinceRecord = 0;
  private recordEnded = false;
  private recordLine = 0;
  /** Start line of the Designation being read, while one is open. */
  private openLine: number | undefined;
  /** Line at which the last record ended (1 before any). */
  private quietSince = 1;
  private closed = false;

  constructor(readonly file: string, options: UkReaderOptions = {}) {
    this.maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
    this.reader = new XmlRecordReader({
      isRecord: (name, ancestors) => {
        if (ancestors.length === 0) {
          if (name !== UK_XML_ROOT) throw new Stop(this.line, `the root element is <${name}>, not <${UK_XML_ROOT}>: this is not the UK Sanctions List XML`);
          return false;
        }
        if (ancestors.length !== 1) return false;
        if (name === 'Designation') this.recordLine = this.openLine = this.line;
        return name === 'Designation' || name === 'DateGenerated';
      },
      onRecord: (el) => {
        this.recordEnded = true;
        this.openLine = undefined;
        if (el.name === 'DateGenerated') {
          this.dayGenerated = parseUkDay(el.text);
          return;
        }
        this.take(el);
      },
    });
  }

  private take(el: XmlElement): void {
    const notes: string[] = [];
    const r = designation(el, this.recordLine, notes);
    const problem = (message: string) => this.step.problems.push({ file: this.file, line: this.recordLine, message });
    if (typeof r === 'string') {
      problem(`${r}: left out`);
      return;
    }
    for (const n of notes) problem(`${r.uniqueId}: ${n}`);
    if (this.seen.has(r.uniqueId)) {
      problem(`${r.uniqueId} appears a second time: the later record is left out`);
      return;
    }
    this.seen.add(r.uniqueId);
    this.count++;
    this.step.records.push(r);
  }

  /** Reads the next piece of the file. */
  write(chunk: string): UkReadStep {
    if (this.closed) throw new Error('UkSanctionsListReader: write after close');
    if (!this.failed) {
      // Fed a line at a time so a record's line is known when its start tag is read.
      let at = 0;
      while (at < chunk.length && !this.failed) {
        const nl = chunk.indexOf('\n', at);
        const end = Math.min(nl < 0 ? chunk.length : nl + 1, at + PIECE);
        const piece = chunk.slice(at, end);
        this.feed(piece, () => this.reader.write(piece));
        if (chunk.charCodeAt(end - 1) === 10) this.line++;
        at = end;
      }
    }
    return this.flush();
  }

  /** Ends the file: checks that it was complete. */
  close(): UkReadStep {
    if (this.closed) return this.flush();
    this.closed = true;
    if (!this.failed) this.feed('', () => this.reader.close());
    if (!this.failed && this.reader.root === null) this.fail(this.line, 'the file holds no XML element');
    // The real list holds thousands; none means a changed layout or a broken export, never an emptied list.
    if (!this.failed && this.count === 0) this.fail(this.line, `the file holds no Designation under <${UK_XML_ROOT}>`);
    return this.flush();
  }

  private feed(piece: string, run: () => void): void {
    this.recordEnded = false;
    try {
      run();
    } catch (err) {
      if (err instanceof Stop) return this.fail(err.line, err.message);
      if (!(err instanceof XmlError)) throw err;
      const at = /^line (\d+), column \d+: /.exec(err.message);
      const detail = err.message.replace(/\.$/, '');
      const message = this.closed && /unclosed tag/.test(err.message)
        ? `the file ends before its last element is closed (cut short?): ${detail}`
        : `the file is not well-formed XML: ${detail}`;
      return this.fail(at ? Number(at[1]) : this.line, message);
    }
    if (this.recordEnded) {
      this.sinceRecord = 0;
      this.quietSince = this.line;
    } else {
      this.sinceRecord += piece.length;
    }
    if (this.sinceRecord > this.maxChars) {
      const limit = `${this.maxChars.toLocaleString('en')} characters`;
      if (this.openLine !== undefined) this.fail(this.openLine, `the Designation that starts at line ${this.openLine} is longer than ${limit}: the file is refused`);
      else this.fail(this.quietSince, `more than ${limit} outside any Designation after line ${this.quietSince}: the file is refused`);
    }
  }

  private fail(line: number, message: string): void {
    this.failed = { file: this.file, line, message };
    this.step.problems.push(this.failed);
  }

  private flush(): UkReadStep {
    if (this.dateGenerated === undefined && this.reader.root) this.dateGenerated = this.reader.root.attrs.dateGenerated;
    const out = this.step;
    this.step = { records: [], problems: [] };
    return out;
  }
}

/** The whole list from its chunks: every record and problem, or only the problems when the file failed. */
export function readUkSanctionsList(
  chunks: Iterable<string>,
  file: string,
  options?: UkReaderOptions,
): UkReadStep & { dateGenerated?: string; dayGenerated?: string; complete: boolean } {
  const reader = new UkSanctionsListReader(file, options);
  const records: UkDesignation[] = [];
  const problems: ImportProblem[] = [];
  const add = (s: UkReadStep) => {
    records.push(...s.records);
    problems.push(...s.problems);
  };
  for (const c of chunks) {
    add(reader.write(c));
    if (reader.failed) break;
  }
  add(reader.close());
  const complete = !reader.failed;
  return {
    records: complete ? records : [],
    problems,
    complete,
    ...(reader.dateGenerated ? { dateGenerated: reader.dateGenerated } : {}),
    ...(reader.dayGenerated ? { dayGenerated: reader.dayGenerated } : {}),
  };
}

// The EU Financial Sanctions Files, XML 1.1 (`xmlFullSanctionsList_1_1`, schema data/eu/eu_fsf_schema_1_1.xsd):
// every EU regime in one file of about 25 MB, all data in attributes. Read as a stream, one typed record per
// <sanctionEntity>, so neither the file nor its tree is ever held whole. Mapping a record to our Entity is
// lib/dataset/eu-fsf.ts.

import type { ImportProblem } from '../dataset/problems';
import { XmlError, XmlLimitError, XmlRecordReader, children, type XmlElement } from '../dataset/xml';

export const EU_FSF_NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';

/** The export's own header: when the Commission generated the file, and its id. */
export interface EuFsfHeader {
  /** ISO date-time with offset, as written (`2026-08-05T16:47:04.449+02:00`). */
  generationDate?: string;
  globalFileId?: string;
}

/** The legal act a record was last published under; its programme is the regime (`IRQ`, `TAQA`, `RUS`, …). */
export interface EuFsfRegulation {
  programme: string;
  numberTitle?: string;
  /** `regulation`, `amendment`, `implementing`, … */
  regulationType?: string;
  organisationType?: string;
  /** ISO days. */
  publicationDate?: string;
  entryIntoForceDate?: string;
  publicationUrl?: string;
  logicalId?: string;
}

export interface EuFsfName {
  /** As the file writes it, or first, middle and last name joined when it gives no whole name. */
  wholeName: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  /** A person's function or position ("Former President of Iraq"). */
  function?: string;
  title?: string;
  gender?: string;
  /** ISO 639-1, upper case as the file writes it (`EN`, `FR`, `BG`); absent when the file gives none. */
  language?: string;
  /** The schema: "the strong flag means that the current name alias is the main one"; a weak one is too vague alone. */
  strong: boolean;
  remarks: string[];
  logicalId?: string;
}

export interface EuFsfBirthdate {
  /** ISO day when the file gives one. */
  date?: string;
  year?: number;
  month?: number;
  day?: number;
  /** "circa": the date is approximate. */
  circa: boolean;
  yearRangeFrom?: number;
  yearRangeTo?: number;
  /** GREGORIAN, ISLAMIC, …; absent when the file gives none. */
  calendarType?: string;
  city?: string;
  region?: string;
  place?: string;
  countryIso2Code?: string;
  countryDescription?: string;
}

export interface EuFsfCountry {
  countryIso2Code?: string;
  countryDescription?: string;
  region?: string;
}

export interface EuFsfIdentification extends EuFsfCountry {
  /** `passport`, `id`, `regnumber`, … */
  typeCode?: string;
  typeDescription?: string;
  number?: string;
  latinNumber?: string;
  issuedBy?: string;
  issueDate?: string;
  validFrom?: string;
  validTo?: string;
  nameOnDocument?: string;
  diplomatic: boolean;
  knownExpired: boolean;
  knownFalse: boolean;
  reportedLost: boolean;
  revokedByIssuer: boolean;
}

export interface EuFsfAddress extends EuFsfCountry {
  street?: string;
  city?: string;
  zipCode?: string;
  poBox?: string;
  place?: string;
  asAtListingTime: boolean;
  contacts: { key: string; value: string }[];
}

export interface EuFsfRecord {
  /** The schema: "a unique logical identifier of a sanctioned entity"; kept from the EU's previous database. */
  logicalId: string;
  /** `EU.27.28`: the number the EU's own lists print. */
  euReferenceNumber?: string;
  /** The UN reference when the listing implements a UN one. */
  unitedNationId?: string;
  /** ISO day: "the date of the first time the entity has been identified to be sanctioned". Often absent. */
  designationDate?: string;
  delistingDate?: string;
  designationDetails?: string;
  /** `person` or `enterprise` (classification P or E). */
  subjectType: { code?: string; classificationCode?: string };
  /** The schema allows one; a list because a file may repeat it and we keep what it says. */
  regulations: EuFsfRegulation[];
  names: EuFsfName[];
  citizenships: EuFsfCountry[];
  birthdates: EuFsfBirthdate[];
  addresses: EuFsfAddress[];
  identifications: EuFsfIdentification[];
  remarks: string[];
  /** The schema's extension point: key and value pairs the Commission may add without a new schema. */
  additionalInformation: { key: string; value: string }[];
  /** Line of the file where the record begins. */
  line: number;
}

/** A file that cannot be read on (not well-formed, cut short, not an EU FSF export): its problem, in words. */
export class EuFsfFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.file}${problem.line ? ` line ${problem.line}` : ''}: ${problem.message}`);
  }
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

/** A trimmed attribute, undefined when absent or empty (the file writes `function=""` for "none"). */
function attr(el: XmlElement, name: string): string | undefined {
  const v = el.attrs[name]?.trim();
  return v ? v : undefined;
}

function flag(el: XmlElement, name: string): boolean {
  return el.attrs[name]?.trim() === 'true';
}

function int(el: XmlElement, name: string): number | undefined {
  const v = attr(el, name);
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

function texts(el: XmlElement, name: string): string[] {
  return children(el, name).map((c) => c.text.trim()).filter((t) => t !== '');
}

function country(el: XmlElement): EuFsfCountry {
  return { countryIso2Code: attr(el, 'countryIso2Code'), countryDescription: attr(el, 'countryDescription'), region: attr(el, 'region') };
}

/** Drops undefined fields, so records compare and print as the file gave them. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Reads an EU FSF 1.1 export fed as text chunks: `write(chunk)` and `close()` each return the records completed
 * so far, in file order. A record that cannot be used (no logicalId, no name) is left out and said in `problems`
 * with its line, as is a date that is not a day. A file that cannot be read on throws EuFsfFileError, whose
 * problem is also the last of `problems`: the caller cannot take a broken file for a whole one.
 */
export class EuFsfXmlReader {
  header: EuFsfHeader | undefined;
  readonly problems: ImportProblem[] = [];
  private readonly xml: XmlRecordReader;
  private pending: EuFsfRecord[] = [];
  private failed: EuFsfFileError | undefined;
  private rootChecked = false;

  constructor(readonly file: string, limits: { maxRunLength?: number; maxRecordLength?: number } = {}) {
    this.xml = new XmlRecordReader({
      ...limits,
      isRecord: (name, ancestors) => name === 'sanctionEntity' && ancestors.length === 1,
      onRecord: (el, _, line) => {
        const r = this.record(el, line);
        if (r) this.pending.push(r);
      },
      onDoctype: (_, line) => {
        // The Commission's file has none; an entity declared in one is never expanded (saxes refuses its use).
        this.problem(line, 'the file declares a DOCTYPE, which the EU file never has; its declarations are ignored');
      },
    });
  }

  write(chunk: string): EuFsfRecord[] {
    this.run(() => this.xml.write(chunk));
    return this.take();
  }

  close(): EuFsfRecord[] {
    this.run(() => this.xml.close(), true);
    return this.take();
  }

  private run(step: () => void, atEnd = false): void {
    if (this.failed) throw this.failed;
    try {
      step();
    } catch (e) {
      if (!(e instanceof XmlError)) throw e;
      // xml.ts writes "line 12, column 40: unexpected close tag."; the line goes to the problem's place.
      const m = /^line (\d+)(?:, column (\d+))?: ([\s\S]*)$/.exec(e.message);
      const [line, column, words] = m ? [Number(m[1]), m[2], m[3]] : [0, undefined, e.message];
      if (e instanceof XmlLimitError) this.fail(line, words);
      // saxes names an early end "unclosed tag"; the reader is told the file was cut short.
      if (atEnd && /document must contain a root/.test(words)) this.fail(line, 'the file is empty: it has no root element');
      const early = atEnd && /unclosed tag/.test(words) ? 'the file ends early, cut short: ' : '';
      this.fail(line, `not well-formed XML${column ? ` (column ${column})` : ''}: ${early}${words}`);
    }
    this.checkRoot();
  }

  private checkRoot(): void {
    const root = this.xml.root;
    if (this.rootChecked || !root) return;
    this.rootChecked = true;
    if (root.name !== 'export' || root.attrs.xmlns !== EU_FSF_NAMESPACE) {
      this.fail(1, `not an EU FSF 1.1 export: the root is <${root.name}> in ${JSON.stringify(root.attrs.xmlns ?? '')}, not <export> in "${EU_FSF_NAMESPACE}"`);
    }
    this.header = compact({ generationDate: attr(root, 'generationDate'), globalFileId: attr(root, 'globalFileId') });
    if (!this.header.generationDate || !this.header.globalFileId) {
      this.problem(1, 'the export has no generationDate or globalFileId: the file cannot be told apart from another');
    }
  }

  private take(): EuFsfRecord[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  private problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  private fail(line: number, message: string): never {
    const problem = { file: this.file, line, message };
    this.problems.push(problem);
    this.pending = [];
    this.failed = new EuFsfFileError(problem);
    throw this.failed;
  }

  private day(el: XmlElement, name: string, where: string, line: number): string | undefined {
    const v = attr(el, name);
    if (v === undefined) return undefined;
    const m = ISO_DAY.exec(v);
    if (!m) this.problem(line, `${where}: ${name} ${JSON.stringify(v)} is not a day; left out`);
    return m?.[1];
  }

  private record(el: XmlElement, line: number): EuFsfRecord | undefined {
    const logicalId = attr(el, 'logicalId');
    const euReferenceNumber = attr(el, 'euReferenceNumber');
    const where = `sanctionEntity ${logicalId ?? euReferenceNumber ?? '(no logicalId)'}`;
    if (!logicalId) {
      this.problem(line, `${where} has no logicalId; left out`);
      return undefined;
    }
    const names = children(el, 'nameAlias').flatMap((n): EuFsfName[] => {
      const parts = ['firstName', 'middleName', 'lastName'].map((k) => attr(n, k)).filter((p) => p !== undefined);
      const wholeName = attr(n, 'wholeName') ?? parts.join(' ');
      if (!wholeName) return [];
      return [compact({
        wholeName, firstName: attr(n, 'firstName'), middleName: attr(n, 'middleName'), lastName: attr(n, 'lastName'),
        function: attr(n, 'function'), title: attr(n, 'title'), gender: attr(n, 'gender'),
        language: attr(n, 'nameLanguage'), strong: n.attrs.strong?.trim() !== 'false', remarks: texts(n, 'remark'),
        logicalId: attr(n, 'logicalId'),
      })];
    });
    if (names.length === 0) {
      this.problem(line, `${where} has no name; left out`);
      return undefined;
    }
    const subject = el.children.find((c) => c.name === 'subjectType');
    return compact({
      logicalId,
      euReferenceNumber,
      unitedNationId: attr(el, 'unitedNationId'),
      designationDate: this.day(el, 'designationDate', where, line),
      delistingDate: this.day(el, 'delistingDate', where, line),
      designationDetails: attr(el, 'designationDetails'),
      subjectType: subject ? compact({ code: attr(subject, 'code'), classificationCode: attr(subject, 'classificationCode') }) : {},
      regulations: children(el, 'regulation').map((r) => compact({
        programme: attr(r, 'programme') ?? '',
        numberTitle: attr(r, 'numberTitle'),
        regulationType: attr(r, 'regulationType'),
        organisationType: attr(r, 'organisationType'),
        publicationDate: this.day(r, 'publicationDate', where, line),
        entryIntoForceDate: this.day(r, 'entryIntoForceDate', where, line),
        publicationUrl: children(r, 'publicationUrl')[0]?.text.trim() || undefined,
        logicalId: attr(r, 'logicalId'),
      })),
      names,
      citizenships: children(el, 'citizenship').map((c) => compact(country(c))),
      birthdates: children(el, 'birthdate').map((b) => compact({
        date: this.day(b, 'birthdate', where, line),
        year: int(b, 'year'), month: int(b, 'monthOfYear'), day: int(b, 'dayOfMonth'),
        circa: flag(b, 'circa'),
        yearRangeFrom: int(b, 'yearRangeFrom'), yearRangeTo: int(b, 'yearRangeTo'),
        calendarType: attr(b, 'calendarType'),
        city: attr(b, 'city'), place: attr(b, 'place'), ...country(b),
      })),
      addresses: children(el, 'address').map((a) => compact({
        street: attr(a, 'street'), city: attr(a, 'city'), zipCode: attr(a, 'zipCode'), poBox: attr(a, 'poBox'),
        place: attr(a, 'place'), ...country(a), asAtListingTime: flag(a, 'asAtListingTime'),
        contacts: children(a, 'contactInfo').flatMap((c) => {
          const key = attr(c, 'key');
          const value = attr(c, 'value');
          return key && value ? [{ key, value }] : [];
        }),
      })),
      identifications: children(el, 'identification').map((i) => compact({
        typeCode: attr(i, 'identificationTypeCode'), typeDescription: attr(i, 'identificationTypeDescription'),
        number: attr(i, 'number'), latinNumber: attr(i, 'latinNumber'), issuedBy: attr(i, 'issuedBy'),
        issueDate: this.day(i, 'issueDate', where, line), validFrom: this.day(i, 'validFrom', where, line),
        validTo: this.day(i, 'validTo', where, line), nameOnDocument: attr(i, 'nameOnDocument'), ...country(i),
        diplomatic: flag(i, 'diplomatic'), knownExpired: flag(i, 'knownExpired'), knownFalse: flag(i, 'knownFalse'),
        reportedLost: flag(i, 'reportedLost'), revokedByIssuer: flag(i, 'revokedByIssuer'),
      })),
      remarks: texts(el, 'remark'),
      additionalInformation: children(el, 'additionalInformation').flatMap((a) => {
        const key = attr(a, 'key');
        const value = attr(a, 'value');
        return key && value ? [{ key, value }] : [];
      }),
      line,
    });
  }
}

/**
 * A whole file's records, header and problems, for the builder and tests. A file that cannot be read gives no
 * records, only its problem: a list is taken whole or not at all (as parseUnXml).
 */
export function parseEuFsfXml(chunks: Iterable<string>, file: string): { records: EuFsfRecord[]; problems: ImportProblem[]; header?: EuFsfHeader } {
  const reader = new EuFsfXmlReader(file);
  const records: EuFsfRecord[] = [];
  try {
    for (const c of chunks) records.push(...reader.write(c));
    records.push(...reader.close());
  } catch (e) {
    if (!(e instanceof EuFsfFileError)) throw e;
    return { records: [], problems: reader.problems };
  }
  return { records, problems: reader.problems, ...(reader.header ? { header: reader.header } : {}) };
}

/**
 * The records of a decoded text stream (the download piped through a TextDecoderStream), as they complete. The
 * header and problems are on `reader` when the loop ends; a file that cannot be read throws EuFsfFileError.
 */
export async function* readEuFsfXml(stream: ReadableStream<string>, reader: EuFsfXmlReader): AsyncGenerator<EuFsfRecord> {
  const chunks = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await chunks.read();
      if (done) break;
      yield* reader.write(value);
    }
    yield* reader.close();
  } finally {
    chunks.releaseLock();
  }
}

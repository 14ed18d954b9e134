// A publisher's files, fed as they download, read into entities by the same readers and mappings the builder uses
// (lib/sources/ for the formats, lib/dataset/ for the entities). Text is decoded and handed on piece by piece: no
// file is ever held as one string or one tree. A file that is broken, cut short or not the list it should be makes
// the whole publication fail: a list is taken whole or not at all.
import { parseCsvLine } from '../../dataset/csv';
import { euFsfEntity } from '../../dataset/eu-fsf';
import type { Entity } from '../../dataset/format';
import { addRowFromFields, altRowFromFields, ofacEntitySteps, sdnRowFromFields, type AddRow, type AltRow, type OfacSet, type SdnRow } from '../../dataset/ofac';
import type { ImportProblem } from '../../dataset/problems';
import { parseOfacConsolidated } from '../../dataset/ofac-cons';
import { ukEntity } from '../../dataset/uk';
import { unEntity } from '../../dataset/un';
import { XmlError } from '../../dataset/xml';
import { EuFsfFileError, EuFsfXmlReader, type EuFsfRecord } from '../../sources/eu-fsf-xml';
import { UkSanctionsListReader, type UkDesignation } from '../../sources/uk-sanctions-list-xml';
import { UnXmlReader, type UnRecord } from '../../sources/un-xml';
import type { Steps } from '../../stepwise';
import { stepEndsAt } from './record-steps';
import type { PublisherId } from './sources';

/** A publication read whole. */
export interface Publication {
  entities: Entity[];
  /** The publisher's own date for the file, when it gives one (UN dateGenerated, EU generationDate, UK dateGenerated). */
  publishedAt: string | null;
  /** Records left out, with their line; the rest of the list is still used. */
  problems: ImportProblem[];
  /** OFAC's SDN list only: the rows read, which the next publication's change file is applied to (ofac-changes.ts). */
  rows?: OfacSet;
}

/** The publication cannot be used; the message says why, in words. */
export class PublicationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublicationError';
  }
}

export interface PublicationReader {
  /** The encoding the files are decoded with. */
  readonly encoding: 'utf-8' | 'windows-1252';
  /** The next decoded piece of file `name`. */
  write(name: string, text: string): void;
  /** Every file has been written whole: the entities, built a few at a time (record-steps.ts). */
  finish(): Steps<Publication>;
}

/** The longest line a publisher's CSV may have: OFAC's longest are a few kilobytes. */
const MAX_LINE_CHARS = 1 << 20;

/**
 * Splits text pieces into whole lines (without their CR LF and OFAC's trailing 0x1A), numbered from 1. Only the new
 * piece is searched for line ends, and a line is joined once, when it ends: a long line in small pieces stays linear
 * (joining and splitting the whole carry at each piece took minutes for a 1 MB line in 5-character pieces).
 */
class LineSplitter {
  private carry: string[] = [];
  private carryLength = 0;
  private line = 0;
  constructor(
    private readonly file: string,
    private readonly onLine: (text: string, line: number) => void,
  ) {}
  write(text: string): void {
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      this.keep(text.slice(from, end));
      this.emit(this.carry.join(''));
      this.carry = [];
      this.carryLength = 0;
      from = end + 1;
    }
    if (from < text.length) this.keep(text.slice(from));
  }
  end(): void {
    if (this.carryLength) this.emit(this.carry.join(''));
    this.carry = [];
    this.carryLength = 0;
  }
  private keep(part: string): void {
    this.carryLength += part.length;
    if (this.carryLength > MAX_LINE_CHARS) throw new PublicationError(`${this.file} has a line longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters (line ${this.line + 1}): it is not the list`);
    this.carry.push(part);
  }
  private emit(raw: string): void {
    this.line++;
    const t = raw.replace(/\r$/, '').replace(/\x1a+$/, '');
    if (t.trim() !== '') this.onLine(t, this.line);
  }
}

/** OFAC's sdn, alt and add CSV files (Latin-1) read into their rows, and the lines that are not rows. */
export function ofacRowReader(): { write: (name: string, text: string) => void; end: () => { rows: OfacSet; problems: ImportProblem[] } } {
  const problems: ImportProblem[] = [];
  const sdn: SdnRow[] = [];
  const alt: AltRow[] = [];
  const add: AddRow[] = [];
  const row = <T>(file: string, into: T[], fromFields: (f: string[], line: number) => T | { error: string }) =>
    new LineSplitter(file, (text, line) => {
      const parsed = parseCsvLine(text);
      const r = 'error' in parsed ? parsed : fromFields(parsed.fields, line);
      if (r && typeof r === 'object' && 'error' in r) problems.push({ file, line, message: String((r as { error: string }).error) });
      else into.push(r as T);
    });
  const splitters: Record<string, LineSplitter> = {
    sdn: row(OFAC_FILE.sdn, sdn, sdnRowFromFields),
    alt: row(OFAC_FILE.alt, alt, altRowFromFields),
    add: row(OFAC_FILE.add, add, addRowFromFields),
  };
  return {
    write: (name, text) => splitters[name]?.write(text),
    end() {
      for (const s of Object.values(splitters)) s.end();
      return { rows: { sdn, alt, add }, problems };
    },
  };
}

const OFAC_FILE = { sdn: 'SDN.CSV', alt: 'ALT.CSV', add: 'ADD.CSV' } as const;

/** OFAC's sdn, alt and add CSV files, joined by entry number as the builder joins them. */
function ofacReader(): PublicationReader {
  const reader = ofacRowReader();
  return {
    encoding: 'windows-1252',
    write(name, text) {
      reader.write(name, text);
    },
    *finish() {
      const { rows, problems } = reader.end();
      // A cut-short or foreign file shows as rows that are not OFAC's: refuse rather than install a fraction.
      const bad = problems.filter((p) => p.file === OFAC_FILE.sdn).length;
      if (rows.sdn.length === 0) throw new PublicationError('The OFAC SDN file has no entries');
      if (bad > Math.max(5, rows.sdn.length / 100)) throw new PublicationError(`The OFAC SDN file has ${bad} lines that are not entries of the list`);
      const built = yield* ofacEntitySteps(rows);
      return { entities: built.records, publishedAt: null, problems: [...problems, ...built.problems], rows };
    },
  };
}

/** OFAC's non-SDN list: the same CSV format, a few hundred entries, read whole by the builder's importer. */
function ofacConsReader(): PublicationReader {
  const text: Record<string, string[]> = { prim: [], alt: [], add: [] };
  return {
    encoding: 'windows-1252',
    write(name, piece) {
      text[name]?.push(piece);
    },
    *finish() {
      const file = (name: string) => ({ text: text[name].join(''), file: `CONS_${name.toUpperCase()}.CSV` });
      const built = parseOfacConsolidated({ prim: file('prim'), alt: file('alt'), add: file('add') });
      const bad = built.problems.filter((p) => p.file === 'CONS_PRIM.CSV').length;
      if (built.records.length === 0) throw new PublicationError('The OFAC non-SDN file has no entries');
      if (bad > Math.max(5, built.records.length / 100)) throw new PublicationError(`The OFAC non-SDN file has ${bad} lines that are not entries of the list`);
      yield;
      return { entities: built.records, publishedAt: null, problems: built.problems };
    },
  };
}

/** Runs a step of a chunk-fed reader into `into`; the reader's own file error becomes a PublicationError about `what`. */
function collector<T>(into: T[], fileError: abstract new (...args: never[]) => Error, what: string): (step: () => T[]) => void {
  return (step) => {
    try {
      into.push(...step());
    } catch (e) {
      if (e instanceof fileError) throw new PublicationError(`${what} could not be read: ${e.message}`);
      throw e;
    }
  };
}

function unReader(): PublicationReader {
  const reader = new UnXmlReader();
  const records: UnRecord[] = [];
  const run = collector(records, XmlError, 'The UN list');
  return {
    encoding: 'utf-8',
    write(_name, text) {
      run(() => reader.write(text));
    },
    *finish() {
      run(() => reader.close());
      const problems: ImportProblem[] = [];
      const entities: Entity[] = [];
      for (const [i, r] of records.entries()) {
        const e = unEntity(r, 'consolidated.xml', problems);
        if (e) entities.push(e);
        if (stepEndsAt(i)) yield;
      }
      if (entities.length === 0) throw new PublicationError('The UN list has no entries');
      return { entities, publishedAt: reader.dateGenerated ?? null, problems };
    },
  };
}

function euReader(): PublicationReader {
  const FILE = 'xmlFullSanctionsList_1_1';
  const reader = new EuFsfXmlReader(FILE);
  const records: EuFsfRecord[] = [];
  const run = collector(records, EuFsfFileError, 'The EU file');
  return {
    encoding: 'utf-8',
    write(_name, text) {
      run(() => reader.write(text));
    },
    *finish() {
      run(() => reader.close());
      // The full file is some 5,000 entities: mapped a few at a time, so the worker answers pages between.
      const entities: Entity[] = [];
      const problems: ImportProblem[] = [];
      for (const [i, r] of records.entries()) {
        if (stepEndsAt(i)) yield;
        entities.push(euFsfEntity(r, reader.header, FILE, problems));
      }
      if (entities.length === 0) throw new PublicationError('The EU file has no entries');
      return { entities, publishedAt: reader.header?.generationDate ?? null, problems: [...reader.problems, ...problems] };
    },
  };
}

function ukReader(): PublicationReader {
  const reader = new UkSanctionsListReader('UK-Sanctions-List.xml');
  const records: UkDesignation[] = [];
  const problems: ImportProblem[] = [];
  const take = (step: { records: UkDesignation[]; problems: ImportProblem[] }) => {
    records.push(...step.records);
    problems.push(...step.problems);
    if (reader.failed) throw new PublicationError(`The UK list could not be read: ${reader.failed.message} (line ${reader.failed.line})`);
  };
  return {
    encoding: 'utf-8',
    write(_name, text) {
      take(reader.write(text));
    },
    *finish() {
      take(reader.close());
      if (records.length === 0) throw new PublicationError('The UK list has no entries');
      const entities: Entity[] = [];
      for (const [i, d] of records.entries()) {
        entities.push(ukEntity(d));
        if (stepEndsAt(i)) yield;
      }
      return { entities, publishedAt: reader.dateGenerated ?? reader.dayGenerated ?? null, problems };
    },
  };
}

export function publicationReader(id: PublisherId): PublicationReader {
  switch (id) {
    case 'ofac-sdn':
      return ofacReader();
    case 'ofac-cons':
      return ofacConsReader();
    case 'un':
      return unReader();
    case 'eu':
      return euReader();
    case 'uk':
      return ukReader();
  }
}

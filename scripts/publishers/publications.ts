// What each publisher serves at its own path (lib/sync/publishers/sources.ts), for the loopback publishers' server:
// the real files from ../shared/data, or the small cuts committed in test/fixtures (`fixturesOnly`), byte for byte as
// the publishers send them (uncompressed, OFAC's latin1 CSV with CRLF and its trailing 0x1A kept).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseSdnLine, type OfacSet } from '../../lib/dataset/ofac';
import { EU_FSF_XML_FORMAT } from '../../lib/sources/eu-fsf-rss';
import { PUBLISHER_SOURCES, type PublisherId } from '../../lib/sync/publishers/sources';
import { ROOT, SHARED } from '../dataset-files';
import { euVenezuelaRecords } from './eu-venezuela';
import { OFAC_DATES, OFAC_NEXT_DAY, ofacChanges, rowsOfFiles, type ChangesOptions, type OfacDate, type OfacDay } from './ofac-changes';

/** Bytes by path (with the query, as `publisherUrl` keeps it): what one or more publishers serve. */
export type Publication = Map<string, Uint8Array>;

export const DEFAULT_DATA_DIR = join(SHARED, 'data');
export const FIXTURES_DIR = join(ROOT, 'test/fixtures/publishers');

export interface PublicationOptions {
  /** Where the real files are; ../shared/data by default. */
  dataDir?: string;
  /** Serve the committed cuts instead of the real files (no ../shared needed). */
  fixturesOnly?: boolean;
}

/** Thrown when the real files are asked for and ../shared/data is not there. */
export class SharedDataMissingError extends Error {
  constructor(dataDir: string) {
    super(`The publishers' real files are read from ${dataDir}, which is not there; pass { fixturesOnly: true } to serve the cuts committed in test/fixtures/publishers`);
    this.name = 'SharedDataMissingError';
  }
}

/** Whether the real files can be served (the OFAC, UN files this module reads are all present). */
export function sharedDataPresent(dataDir = DEFAULT_DATA_DIR): boolean {
  return [...Object.values(OFAC_FILES).flatMap((f) => Object.values(f)), UN_FILE].every((rel) => existsSync(join(dataDir, rel)));
}

/** A publisher file's path and query on any origin: the key the server answers it under. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

function filePath(id: PublisherId, name: string): string {
  const file = PUBLISHER_SOURCES[id].files.find((f) => f.name === name);
  if (!file) throw new Error(`${id} has no file named ${name}`);
  return pathOf(file.url);
}

export const OFAC_NAMES = ['sdn', 'alt', 'add'] as const;
export type OfacName = (typeof OFAC_NAMES)[number];
/** `/api/PublicationPreview/exports/SDN.CSV` and the others, by file name. */
export const OFAC_PATHS: Record<OfacName, string> = { sdn: filePath('ofac-sdn', 'sdn'), alt: filePath('ofac-sdn', 'alt'), add: filePath('ofac-sdn', 'add') };
export const UN_PATH = filePath('un', 'xml');
export const EU_RSS_PATH = pathOf(PUBLISHER_SOURCES.eu.feed?.url ?? '');
export const EU_XML_PATH = filePath('eu', 'xml');
export const UK_PATH = filePath('uk', 'xml');

export { OFAC_DATES, OFAC_NEXT_DAY, type OfacDate, type OfacDay };

/**
 * The real files of each OFAC publication, in ../shared/data. Older sdn files come without their alias and address
 * files, so each is paired with the nearest set there is, as the dataset builder does (scripts/build-dataset.ts).
 */
export const OFAC_FILES: Record<OfacDate, Record<OfacName, string>> = {
  '2019-01-04': { sdn: 'ofac/2019-01-04/sdn.csv.gz', alt: 'ofac/2019-01-04/alt.csv.gz', add: 'ofac/2019-01-04/add.csv.gz' },
  '2021-05-22': { sdn: 'ofac/sdn_2021-05-22.csv.gz', alt: 'ofac/2019-01-04/alt.csv.gz', add: 'ofac/2019-01-04/add.csv.gz' },
  '2024-07-02': { sdn: 'ofac/sdn_2024-07-02.csv.gz', alt: 'ofac/2025-01-06/alt.csv.gz', add: 'ofac/2025-01-06/add.csv.gz' },
};
const UN_FILE = 'un/UN_consolidated_2026-02-27.xml.gz';

function readReal(dataDir: string, rel: string): Uint8Array {
  if (!existsSync(dataDir)) throw new SharedDataMissingError(dataDir);
  const raw = readFileSync(join(dataDir, rel));
  return rel.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** `/api/PublicationPreview/exports/SDN.XML`: the same publication's XML export, whose head carries its date. */
export const OFAC_XML_PATH = pathOf(PUBLISHER_SOURCES['ofac-sdn'].dateFile?.url ?? '');

/**
 * The head of SDN.XML for a publication of the given ISO day: its <publshInformation> as the real file writes it
 * (../shared/data/formats/ofac), and no entries. No SDN.XML of these dates is here; the extension reads only the head.
 */
export function sdnXmlHead(day: string, records: number): Uint8Array {
  const [y, m, d] = day.split('-');
  return Buffer.from(
    `<?xml version="1.0" standalone="yes"?>\r\n<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">\r\n  <publshInformation>\r\n    <Publish_Date>${m}/${d}/${y}</Publish_Date>\r\n    <Record_Count>${records}</Record_Count>\r\n  </publshInformation>\r\n</sdnList>\r\n`,
    'utf8',
  );
}

function ofacFile(date: OfacDate, name: OfacName, options: PublicationOptions): Uint8Array {
  return options.fixturesOnly ? readFileSync(join(FIXTURES_DIR, 'ofac', date, `${name}.csv`)) : readReal(options.dataDir ?? DEFAULT_DATA_DIR, OFAC_FILES[date][name]);
}

/**
 * The OFAC publication of a date: SDN.CSV, ALT.CSV and ADD.CSV at their paths, SDN.XML's head with its date, and
 * OFAC's history and change files as of that publication (ofac-changes.ts).
 */
export function ofacPublication(date: OfacDate, options: PublicationOptions & ChangesOptions = {}): Publication {
  return ofacDayPublication(date, OFAC_DATES.slice(0, OFAC_DATES.indexOf(date) + 1), options);
}

/**
 * OFAC's publication of 2021-06-03, the day after (in publications) that of 2021-05-22: its sdn.csv is 2021-05-22's
 * with the 67 entries the third party's change log adds on that day (../shared/data/ofac, the builder's log), at
 * their places in entry-number order; alt.csv and add.csv are 2021-05-22's (the 2019 set). Real files only.
 */
export function ofacNextDayPublication(options: PublicationOptions & ChangesOptions = {}): Publication {
  return ofacDayPublication(OFAC_NEXT_DAY, ['2019-01-04', '2021-05-22', OFAC_NEXT_DAY], options);
}

function nextDaySdn(options: PublicationOptions): Uint8Array {
  const log = readReal(options.dataDir ?? DEFAULT_DATA_DIR, 'ofac/sdn_csv_changes_2021-05-22_to_2024-07-02.jsonl.gz');
  const added = new Map<number, string>();
  for (const text of Buffer.from(log).toString('utf8').split('\n')) {
    if (!text.trim()) continue;
    const c = JSON.parse(text) as { snapshot: string; op: string; ent_num: number; line: string };
    if (!c.snapshot.startsWith(OFAC_NEXT_DAY)) continue;
    if (c.op !== 'ADD') throw new Error(`the change log's ${OFAC_NEXT_DAY} has a ${c.op}; only additions are expected`);
    added.set(c.ent_num, c.line);
  }
  const { lines, trailer } = ofacLines(ofacFile('2021-05-22', 'sdn', options));
  const rows = [...lines.map((l) => [Number(entNumOf(l)), l] as const), ...[...added].map(([n, l]) => [n, `${l}\r\n`] as const)];
  // The log keeps the line as sdn.csv has it (Latin-1 read as such): written back in Latin-1.
  return ofacBytes(rows.sort((a, b) => a[0] - b[0]).map(([, l]) => l), trailer);
}

// A test asks for the same publications several times (and each change file needs the rows of two): each real file is
// parsed once a run, and each publication made once, not at every call.
const rowsMade = new Map<string, OfacSet>();
const publicationsMade = new Map<string, Publication>();

function ofacDayPublication(date: OfacDay, dates: readonly OfacDay[], options: PublicationOptions & ChangesOptions): Publication {
  const key = JSON.stringify([date, dates, options]);
  const made = publicationsMade.get(key) ?? makeOfacDayPublication(date, dates, options);
  publicationsMade.set(key, made);
  return new Map(made);
}

/** The rows of an OFAC publication's three files, read once a run. */
export function ofacRowsOf(date: OfacDay, options: PublicationOptions = {}): OfacSet {
  const key = JSON.stringify([date, options.fixturesOnly ?? false, options.dataDir ?? '']);
  let rows = rowsMade.get(key);
  if (!rows) {
    const files = ofacDayPublication(date, [date], { fixturesOnly: options.fixturesOnly, dataDir: options.dataDir });
    rows = rowsOfFiles({ sdn: files.get(OFAC_PATHS.sdn)!, alt: files.get(OFAC_PATHS.alt)!, add: files.get(OFAC_PATHS.add)! });
    rowsMade.set(key, rows);
  }
  return rows;
}

function makeOfacDayPublication(date: OfacDay, dates: readonly OfacDay[], options: PublicationOptions & ChangesOptions): Publication {
  const fileOf = (d: OfacDay, name: OfacName) => (d === OFAC_NEXT_DAY ? (name === 'sdn' ? nextDaySdn(options) : ofacFile('2021-05-22', name, options)) : ofacFile(d, name, options));
  const files: [string, Uint8Array][] = OFAC_NAMES.map((name) => [OFAC_PATHS[name], fileOf(date, name)]);
  const records = ofacLines(files[0][1]).lines.filter((l) => entNumOf(l)).length;
  const rowsOf = (d: OfacDay) => ofacRowsOf(d, { fixturesOnly: options.fixturesOnly, dataDir: options.dataDir });
  return new Map([...files, [OFAC_XML_PATH, sdnXmlHead(date, records)], ...ofacChanges(dates, rowsOf, options)]);
}

/** `/api/PublicationPreview/exports/CONSOLIDATED.XML`: the non-SDN list's XML export, in SDN.XML's format. */
export const OFAC_CONS_XML_PATH = pathOf(PUBLISHER_SOURCES['ofac-cons'].dateFile?.url ?? '');

export const OFAC_CONS_PATHS = { prim: filePath('ofac-cons', 'prim'), alt: filePath('ofac-cons', 'alt'), add: filePath('ofac-cons', 'add') } as const;

/**
 * OFAC's non-SDN list of 2025-12-19 (the fixture: a cut of it, test/fixtures/ofac/cons_*.sample.csv), and the head
 * of its CONSOLIDATED.XML with that date (no such file of that date is here; the extension reads only the head).
 */
export function ofacConsPublication(options: PublicationOptions = {}): Publication {
  const read = (name: 'prim' | 'alt' | 'add') =>
    options.fixturesOnly
      ? readFileSync(join(ROOT, `test/fixtures/ofac/cons_${name}_2025-12-19.sample.csv`))
      : readReal(options.dataDir ?? DEFAULT_DATA_DIR, `ofac/cons_2025-12-19/cons_${name}.csv.gz`);
  const files = new Map((['prim', 'alt', 'add'] as const).map((name) => [OFAC_CONS_PATHS[name], read(name)]));
  const records = ofacLines(files.get(OFAC_CONS_PATHS.prim)!).lines.filter((l) => entNumOf(l)).length;
  return new Map([...files, [OFAC_CONS_XML_PATH, sdnXmlHead('2025-12-19', records)]]);
}

/** The UN consolidated list of 2026-02-27 (the fixture: its header with six records, test/fixtures/un). */
export function unPublication(options: PublicationOptions = {}): Publication {
  const bytes = options.fixturesOnly
    ? readFileSync(join(ROOT, 'test/fixtures/un/UN_consolidated_2026-02-27.sample.xml'))
    : readReal(options.dataDir ?? DEFAULT_DATA_DIR, UN_FILE);
  return new Map([[UN_PATH, bytes]]);
}

/** The two versions of the EU and UK files; the second has one record more and a later date. */
export type Version = 1 | 2;

/** An excerpt without the notes its collectors wrote into it (the publishers' files have none). */
function withoutComments(xml: string): string {
  return xml.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n/g, '');
}

/** The excerpt's records, and what comes before the first and after the last. */
function splitRecords(xml: string, element: string): { head: string; records: string[]; tail: string } {
  const re = new RegExp(`[ \\t]*<${element}[\\s>][\\s\\S]*?</${element}>\\r?\\n`, 'g');
  const records = [...xml.matchAll(re)].map((m) => m[0]);
  if (records.length === 0) throw new Error(`no <${element}> in the excerpt`);
  const first = xml.indexOf(records[0]);
  const last = records[records.length - 1];
  return { head: xml.slice(0, first), records, tail: xml.slice(xml.lastIndexOf(last) + last.length) };
}

const EU_XML_URL = PUBLISHER_SOURCES.eu.files[0].url;
/** When each EU version was generated (the first is the excerpt's own date) and its file id. */
const EU_VERSIONS = {
  1: { generationDate: '2026-08-05T16:47:04.449+02:00', globalFileId: '184961', pubDate: 'Wed, 05 Aug 2026 14:47:04 GMT' },
  2: { generationDate: '2026-08-06T16:47:04.449+02:00', globalFileId: '184962', pubDate: 'Thu, 06 Aug 2026 14:47:04 GMT' },
};

export interface EuFileOptions {
  /**
   * A well-formed file cut short before the Venezuela regime's entries, which the shipped annex holds: the guard
   * must hold it back on the day the EU's full file first replaces the annex.
   */
  withoutVenezuela?: boolean;
}

/**
 * The full EU FSF XML 1.1 file of a version: version 1 has the excerpt's first three entities, version 2 all four,
 * and both the Venezuela regime's 69 entries (eu-venezuela.ts) unless cut short.
 */
export function euXml(version: Version, options: EuFileOptions = {}): Uint8Array {
  const excerpt = withoutComments(readFileSync(join(ROOT, 'test/fixtures/eu-fsf/xmlFullSanctionsList_1_1.excerpt.xml'), 'utf8'));
  const { head, records, tail } = splitRecords(excerpt, 'sanctionEntity');
  const v = EU_VERSIONS[version];
  const header = head.replace(/generationDate="[^"]*"/, `generationDate="${v.generationDate}"`).replace(/globalFileId="[^"]*"/, `globalFileId="${v.globalFileId}"`);
  const venezuela = options.withoutVenezuela ? [] : euVenezuelaRecords();
  return Buffer.from(header + records.slice(0, version === 1 ? 3 : 4).join('') + venezuela.join('') + tail, 'utf8');
}

/**
 * The feed as the Commission serves it, announcing the given XML file: the real feed's channel and PDF item, and an
 * XML 1.1 item made from the PDF one (its format, title and description changed), with the file's length, date and
 * SHA-1 checksum.
 */
export function euRss(version: Version, xml: Uint8Array): Uint8Array {
  const feed = withoutComments(readFileSync(join(ROOT, 'test/fixtures/eu-fsf/fsf_public_rss.excerpt.xml'), 'utf8'));
  const pdfItem = /[ \t]*<item>[\s\S]*?<\/item>\r?\n/.exec(feed)?.[0];
  if (!pdfItem) throw new Error('the RSS excerpt has no item');
  const { pubDate } = EU_VERSIONS[version];
  const checksum = createHash('sha1').update(xml).digest('hex').toUpperCase();
  const xmlItem = pdfItem
    .replace('<title>PDF - v1.0</title>', '<title>XML (Based on XSD) - v1.1</title>')
    .replace('(PDF)</description>', '(XML)</description>')
    .replace(/<enclosure url="[^"]*" length="\d+" type="[^"]*"/, `<enclosure url="${EU_XML_URL}" length="${xml.length}" type="text/xml"`)
    .replace(/<link>[^<]*<\/link>/, `<link>${EU_XML_URL}</link>`)
    .replace(/<pubDate>[^<]*<\/pubDate>/, `<pubDate>${pubDate}</pubDate>`)
    .replace(/<guid>[^<]*<\/guid>/, `<guid>${EU_XML_URL}&amp;checksum=${checksum}</guid>`);
  if (!xmlItem.includes(EU_FSF_XML_FORMAT)) throw new Error('the XML item does not name its format');
  const text = feed.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${pubDate}</lastBuildDate>`).replace(pdfItem, pdfItem + xmlItem);
  return Buffer.from(text, 'utf8');
}

/** The EU feed and the XML file it announces. Always built from the committed excerpts: no full file is stored. */
export function euPublication(version: Version, options: EuFileOptions = {}): Publication {
  const xml = euXml(version, options);
  return new Map([
    [EU_RSS_PATH, euRss(version, xml)],
    [EU_XML_PATH, xml],
  ]);
}

const UK_VERSIONS = {
  1: { dateGenerated: '2026-08-14T23:00:04.744Z', day: '14/08/2026' },
  2: { dateGenerated: '2026-08-15T23:00:04.744Z', day: '15/08/2026' },
};

/** The UK Sanctions List of a version: version 1 has the excerpt's first three Designations, version 2 all four. */
export function ukPublication(version: Version): Publication {
  const excerpt = withoutComments(readFileSync(join(ROOT, 'test/fixtures/uk-fcdo/UK-Sanctions-List.excerpt.xml'), 'utf8'));
  const { head, records, tail } = splitRecords(excerpt, 'Designation');
  const v = UK_VERSIONS[version];
  const header = head.replace(/dateGenerated="[^"]*"/, `dateGenerated="${v.dateGenerated}"`).replace(/<DateGenerated>[^<]*<\/DateGenerated>/, `<DateGenerated>${v.day}</DateGenerated>`);
  return new Map([[UK_PATH, Buffer.from(header + records.slice(0, version === 1 ? 3 : 4).join('') + tail, 'utf8')]]);
}

export interface AllPublications extends PublicationOptions {
  ofac: OfacDate;
  eu: Version;
  uk: Version;
}

/** Every publisher's files at once, for `startPublisherServer({ files })`. */
export function allPublications(which: AllPublications): Publication {
  return new Map([...ofacPublication(which.ofac, which), ...ofacConsPublication(which), ...unPublication(which), ...euPublication(which.eu), ...ukPublication(which.uk)]);
}

/** An OFAC CSV file's lines, each with its own line end, and what follows the last one (OFAC's 0x1A, or nothing). */
export function ofacLines(bytes: Uint8Array): { lines: string[]; trailer: string } {
  const text = Buffer.from(bytes).toString('latin1');
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const trailer = lines.length > 0 && lines[lines.length - 1] === '\x1a' ? (lines.pop() as string) : '';
  return { lines, trailer };
}

/** Lines back into the file's bytes (latin1, as OFAC writes it). */
export function ofacBytes(lines: string[], trailer: string): Uint8Array {
  return Buffer.from(lines.join('') + trailer, 'latin1');
}

/** The ent_num a line of sdn.csv, alt.csv or add.csv belongs to (its first field), or undefined. */
export function entNumOf(line: string): string | undefined {
  return /^(\d+),/.exec(line)?.[1];
}

/** Whether an sdn.csv line is for a Venezuela programme entry. */
export function isVenezuelaProgram(line: string, n: number): boolean {
  const row = parseSdnLine(line.replace(/\r?\n$/, ''), n);
  return !('error' in row) && row.programs.some((p) => p.startsWith('VENEZUELA'));
}

/**
 * A well-formed sdn.csv with only every tenth row of the given one (the first, the eleventh, …): what a publisher
 * that lost most of its list would serve, for the "the new list is much smaller" refusal.
 */
export function sdnWithTenthOfRows(sdn: Uint8Array): Uint8Array {
  const { lines, trailer } = ofacLines(sdn);
  return ofacBytes(
    lines.filter((_, i) => i % 10 === 0),
    trailer,
  );
}

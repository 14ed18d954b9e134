// A dataset source (lib/dataset/format.ts DatasetSource) in the reader's language. A manifest gives each source as
// English free text; the texts the dataset builder (scripts/build-dataset.ts) and the publishers' sync
// (lib/sync/publishers/sources.ts) write are recognised here by their form and worded through the catalog, with their
// dates and numbers through Intl. A text not known here (a mirror's own manifest) is shown quoted, as the source wrote it.
import type { DatasetSource } from '../dataset/format';
import { formatDate } from './format-date';
import type { MessageKey, Translate } from './index';

type Wording = [RegExp, (m: RegExpExecArray, t: Translate) => string];

const DAY = String.raw`(\d{4}-\d{2}-\d{2})`;
// "(sdn.csv)", "(cons_prim.csv, cons_alt.csv, cons_add.csv)": file names, written as they are.
const FILES = /^(.+) \(([\w.-]+\.(?:csv|xml|jsonl?)(?:, [\w.-]+\.(?:csv|xml|jsonl?))*)\)$/;

const exact = (text: string, key: MessageKey): Wording => [new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), (_m, t) => t(key)];

const NAMES: Wording[] = [
  exact('OFAC Specially Designated Nationals list', 'source_ofacSdn'),
  exact('OFAC SDN list', 'listLabel_us_ofac_sdn'),
  exact('OFAC Consolidated (non-SDN) Sanctions List', 'source_ofacCons'),
  exact('OFAC Consolidated (non-SDN) list', 'listLabel_us_ofac_cons'),
  exact('OFAC SDN aliases and addresses', 'source_ofacSdnAliases'),
  exact('OFAC SDN aliases and addresses for entries missing from the 2025 set', 'source_ofacSdnAliasesMissing'),
  exact('OFAC SDN snapshot (sdn.csv) of early January 2019', 'source_ofacSdnEarly2019'),
  [/^OFAC sdn\.csv change log between (\d+) scraped snapshots \((\d+) changes; derived from git-scrapes\)$/, (m, t) => t('source_ofacChangeLog', count(m[1], t), count(m[2], t))],
  [/^OFAC SDN_ADVANCED\.XML entry creation dates \(partial third-party extract, profiles up to (\d+)\)$/, (m, t) => t('source_ofacCreationDates', m[1])],
  [/^OFAC SDN names from a list of Sept–Oct 2025, derived by a third party \(([\w./-]+)\); names only$/, (m, t) => t('source_ofacSdnNames', m[1])],
  exact('UN Security Council Consolidated List', 'source_unConsolidated'),
  [new RegExp(String.raw`^EU Venezuela regime, Regulation \(EU\) 2017/2063 Annex IV \(consolidated ${DAY}\), as transcribed by OpenSanctions$`), (m, t) => t('source_euVenezuela', formatDate(m[1], t))],
  exact('EU Financial Sanctions Files', 'source_euFsf'),
  exact('UK Sanctions List', 'source_ukList'),
  [
    /^Canada Consolidated Autonomous Sanctions List \(Special Economic Measures Act; Justice for Victims of Corrupt Foreign Officials Act\): shipped with the extension; list of (\d{1,2} \w{3} \d{4}), not updated from the publisher$/,
    (m, t) => t('source_canada', englishDay(m[1], t)),
  ],
  exact('Sanctions Lens curated records (each row cites its sources)', 'source_curated'),
  [/^OpenSanctions FollowTheMoney export \((.+)\)$/, (m, t) => t('source_ftm', m[1])],
];

const PUBLISHERS: Wording[] = [
  exact('U.S. Department of the Treasury, Office of Foreign Assets Control', 'publisher_ofac'),
  exact('United Nations Security Council', 'publisher_unsc'),
  exact('European Union', 'publisher_eu'),
  exact('European Commission (FISMA), Financial Sanctions Files', 'publisher_euCommission'),
  exact('UK Foreign, Commonwealth & Development Office', 'publisher_uk'),
  exact('Global Affairs Canada', 'publisher_canada'),
  // Names of projects, the same in every language.
  [/^(Sanctions Lens|OpenSanctions)$/, (m) => m[1]],
];

// "U.S. Department … (scrapes: markschaver/SDN, …)": the publisher, and the third party the copy came through.
const VIA = /^(.+) \((scrapes|extract|extract of SDN_ADVANCED\.XML|transcription): (.+)\)$/;
const HOW: Record<string, MessageKey> = {
  scrapes: 'publisherVia_scrapes',
  extract: 'publisherVia_extract',
  'extract of SDN_ADVANCED.XML': 'publisherVia_extractXml',
  transcription: 'publisherVia_transcription',
};

const LICENCES: Wording[] = [
  exact('Public domain (US government work)', 'licence_usPublicDomain'),
  exact('Public domain data (US government work); the derived file states no licence', 'licence_usPublicDomainDerived'),
  exact('UN public data', 'licence_unPublic'),
  exact('CC BY-NC 4.0 (OpenSanctions transcription; non-commercial use only)', 'licence_ccByNcTranscription'),
  exact('CC BY-NC 4.0 (OpenSanctions; commercial use needs a licence)', 'licence_ccByNcOpenSanctions'),
  exact('Commission reuse policy (Decision 2011/833/EU)', 'licence_euReuse'),
  exact('Open Government Licence v3.0', 'licence_ogl'),
  exact('Government of Canada publication (Open Government Licence – Canada, not verified for this copy)', 'licence_canada'),
  exact('Sanctions Lens project data; facts from the cited public sources', 'licence_project'),
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "20 Mar 2025", as the builder writes a day into a name, through Intl like any other date. */
function englishDay(day: string, t: Translate): string {
  const [d, mon, y] = day.split(' ');
  const m = MONTHS.indexOf(mon) + 1;
  return m > 0 ? formatDate(`${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`, t) : day;
}

function count(n: string, t: Translate): string {
  return Number(n).toLocaleString(t('dateLocale'));
}

function word(text: string, wordings: Wording[], t: Translate): string | undefined {
  for (const [pattern, say] of wordings) {
    const m = pattern.exec(text);
    if (m) return say(m, t);
  }
  return undefined;
}

const quoted = (text: string, t: Translate) => t('source_quoted', text);

/** A source's name; the file names it was read from stay as written. */
export function sourceName(name: string, t: Translate): string {
  const known = word(name, NAMES, t);
  if (known !== undefined) return known;
  const files = FILES.exec(name);
  const base = files ? word(files[1], NAMES, t) : undefined;
  return base !== undefined ? t('source_files', base, files![2]) : quoted(name, t);
}

export function sourcePublisher(publisher: string, t: Translate): string {
  const known = word(publisher, PUBLISHERS, t);
  if (known !== undefined) return known;
  const via = VIA.exec(publisher);
  const who = via ? word(via[1], PUBLISHERS, t) : undefined;
  return who !== undefined ? t('publisher_via', who, t(HOW[via![2]]), via![3]) : quoted(publisher, t);
}

/** A snapshot: a date (2024-07-02), a date and time, two dates (2021-05-22..2024-07-02), or one of the builder's notes. */
export function sourceSnapshot(snapshot: string, t: Translate): string {
  const range = /^(.+)\.\.(.+)$/.exec(snapshot);
  if (range) return t('snapshot_range', sourceSnapshot(range[1], t), sourceSnapshot(range[2], t));
  if (/^\d{4}(-\d{2}){0,2}(T|$)/.test(snapshot)) return formatDate(snapshot.slice(0, 10), t);
  let m = new RegExp(`^${DAY} \\(copy of that day: the publication is no later\\)$`).exec(snapshot);
  if (m) return t('snapshot_copyOfDay', formatDate(m[1], t));
  m = new RegExp(`^${DAY} \\(newest listing day; copy of ${DAY}\\)$`).exec(snapshot);
  if (m) return t('snapshot_newestListing', formatDate(m[1], t), formatDate(m[2], t));
  m = new RegExp(`^(\\d{4})-(\\d{2})/(\\d{2}) \\(by content between ${DAY} and ${DAY}\\)$`).exec(snapshot);
  if (m) return t('snapshot_byContent', t('snapshot_range', formatDate(`${m[1]}-${m[2]}`, t), formatDate(`${m[1]}-${m[3]}`, t)), formatDate(m[4], t), formatDate(m[5], t));
  return quoted(snapshot, t);
}

export function sourceLicence(licence: string, t: Translate): string {
  return word(licence, LICENCES, t) ?? quoted(licence, t);
}

/** The words of one source line of the options page. */
export function sourceWords(s: DatasetSource, t: Translate): { name: string; publisher: string; snapshot: string; licence: string } {
  return { name: sourceName(s.name, t), publisher: sourcePublisher(s.publisher, t), snapshot: sourceSnapshot(s.snapshot, t), licence: sourceLicence(s.licence, t) };
}

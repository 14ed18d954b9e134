// OFAC's per-publication change files for the loopback publisher, derived from the real files of its successive
// publications (2019-01-04 -> 2021-05-22 -> 2024-07-02): the history of each year (`/changes/history/{year}`) and
// each publication's change file (`/changes/{publicationID}`), in the format lib/sources/ofac-delta-xml.ts reads
// (whose header says what that format rests on). An entry is added, changed or removed when its rows in sdn.csv,
// alt.csv and add.csv differ between the two publications, and a change carries the entry whole. Also a broken
// change file, and a history whose predecessor of a publication is not the one a reader installed.
import { deltaEntityOfRows, type EntryRows } from '../../lib/dataset/ofac-delta';
import type { AddRow, AltRow, OfacSet, SdnRow } from '../../lib/dataset/ofac';
import { OFAC_DELTA_NAMESPACE, type OfacDeltaEntity } from '../../lib/sources/ofac-delta-xml';
import { ofacRowReader } from '../../lib/sync/publishers/publication-reader';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';

export const OFAC_DATES = ['2019-01-04', '2021-05-22', '2024-07-02'] as const;
export type OfacDate = (typeof OFAC_DATES)[number];
/**
 * The publication after that of 2021-05-22 (the third party's next snapshot of sdn.csv, 2021-06-03: 67 entries
 * added), served after 2021-05-22 to show a day's change file beside the full files (publications.ts).
 */
export const OFAC_NEXT_DAY = '2021-06-03';
export type OfacDay = OfacDate | typeof OFAC_NEXT_DAY;

/** The publication ids the loopback OFAC gives its publications. */
export const OFAC_PUBLICATION_IDS: Record<OfacDay, string> = { '2019-01-04': '5001', '2021-05-22': '6001', [OFAC_NEXT_DAY]: '6002', '2024-07-02': '7001' };
/** The years whose history the loopback OFAC answers (an empty list for a year without publications). */
const YEARS = Array.from({ length: 13 }, (_, i) => 2018 + i);

const CHANGES = PUBLISHER_SOURCES['ofac-sdn'].changes!;
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};
export const historyPath = (year: number) => pathOf(CHANGES.history.replace('{year}', String(year)));
export const changesPath = (date: OfacDay) => pathOf(CHANGES.file.replace('{id}', OFAC_PUBLICATION_IDS[date]));

/** A publication's rows exactly as the extension reads them from its files (the same reader). */
export function rowsOfFiles(files: { sdn: Uint8Array; alt: Uint8Array; add: Uint8Array }): OfacSet {
  const reader = ofacRowReader();
  for (const name of ['sdn', 'alt', 'add'] as const) reader.write(name, new TextDecoder('windows-1252').decode(files[name]));
  return reader.end().rows;
}

function byEntry(rows: OfacSet): Map<string, EntryRows> {
  const out = new Map<string, EntryRows>(rows.sdn.map((sdn) => [sdn.entNum, { sdn, alt: [], add: [] }]));
  for (const a of rows.alt) out.get(a.entNum)?.alt.push(a);
  for (const a of rows.add) out.get(a.entNum)?.add.push(a);
  return out;
}

const withoutLine = <T extends { line: number }>(r: T): Omit<T, 'line'> => {
  const { line: _line, ...rest } = r;
  return rest;
};
const same = (a: EntryRows, b: EntryRows) =>
  JSON.stringify([withoutLine<SdnRow>(a.sdn), a.alt.map(withoutLine<AltRow>), a.add.map(withoutLine<AddRow>)]) ===
  JSON.stringify([withoutLine<SdnRow>(b.sdn), b.alt.map(withoutLine<AltRow>), b.add.map(withoutLine<AddRow>)]);

/** What changed from one publication's rows to the next's, entry by entry in entry-number order. */
export function deltaEntities(from: OfacSet, to: OfacSet): OfacDeltaEntity[] {
  const before = byEntry(from);
  const after = byEntry(to);
  const out: OfacDeltaEntity[] = [];
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    if (!a) out.push({ ...deltaEntityOfRows(b!, 'change'), action: 'remove' });
    else if (!b) out.push(deltaEntityOfRows(a, 'add'));
    else if (!same(a, b)) out.push(deltaEntityOfRows(a, 'change'));
  }
  return out;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const el = (name: string, text: string) => (text === '' ? '' : `<${name}>${esc(text)}</${name}>`);
const name = (id: string, primary: boolean, full: string, aliasType = '', remarks = '') =>
  `<name id="${esc(id)}"><isPrimary>${primary}</isPrimary>${el('aliasType', aliasType)}${el('remarks', remarks)}<translations><translation><isPrimary>true</isPrimary><script>Latin</script>${el('formattedFullName', full)}</translation></translations></name>`;

function entityXml(e: OfacDeltaEntity): string {
  return [
    `    <entity id="${e.id}" action="${e.action}">`,
    `<generalInfo><identityId>${e.id}</identityId>${el('entityType', e.entityType)}${el('title', e.title)}${el('remarks', e.remarks)}</generalInfo>`,
    `<sanctionsLists>${e.lists.map((l) => el('sanctionsList', l)).join('')}</sanctionsLists>`,
    `<sanctionsPrograms>${e.programs.map((p) => el('sanctionsProgram', p)).join('')}</sanctionsPrograms>`,
    `<names>${name(e.id, true, e.primaryName)}${e.aliases.map((a) => name(a.id, false, a.name, a.aliasType, a.remarks)).join('')}</names>`,
    e.addresses.length ? `<addresses>${e.addresses.map((a) => `<address id="${esc(a.id)}">${el('addressLine', a.addressLine)}${el('cityStateZip', a.cityStateZip)}${el('country', a.country)}${el('remarks', a.remarks)}</address>`).join('')}</addresses>` : '',
    e.features.length ? `<features>${e.features.map((f) => `<feature><type>${esc(f.type)}</type><value>${esc(f.value)}</value></feature>`).join('')}</features>` : '',
    '</entity>\r\n',
  ].join('');
}

/** A change file: the publication's date (as OFAC writes it, with its offset) and its entities. */
export function deltaXml(day: string, entities: OfacDeltaEntity[]): Uint8Array {
  const head = `<?xml version="1.0" encoding="utf-8"?>\r\n<sanctionsData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="${OFAC_DELTA_NAMESPACE}">\r\n  <publicationInfo><datePublished>${day}T00:00:00-04:00</datePublished><publicationType>Standard Action</publicationType></publicationInfo>\r\n  <entities>\r\n`;
  return Buffer.from(`${head}${entities.map(entityXml).join('')}  </entities>\r\n</sanctionsData>\r\n`, 'utf8');
}

export interface ChangesOptions {
  /** This publication's change file is cut short in the middle. */
  broken?: OfacDay;
  /**
   * The history names another publication (a week later) in place of 2019-01-04, so the change file of 2021-05-22
   * follows a publication a reader who installed that of 2019-01-04 does not have.
   */
  otherPrevious?: boolean;
}

/**
 * OFAC's history and change files when `dates` (in order) are its publications so far: the history of every year
 * lists them, and each publication after the first has its change file. `rowsOf` reads a publication's files.
 */
export function ofacChanges(dates: readonly OfacDay[], rowsOf: (date: OfacDay) => OfacSet, options: ChangesOptions = {}): Map<string, Uint8Array> {
  const listed = dates.map((d) => ({ publicationID: Number(OFAC_PUBLICATION_IDS[d]), datePublished: `${options.otherPrevious && d === '2019-01-04' ? '2019-01-11' : d}T10:30:00.000` }));
  const out = new Map<string, Uint8Array>();
  for (const year of YEARS) {
    const json = JSON.stringify(listed.filter((p) => p.datePublished.startsWith(String(year))));
    out.set(historyPath(year), Buffer.from(json, 'utf8'));
  }
  for (let i = 1; i < dates.length; i++) {
    const bytes = deltaXml(dates[i], deltaEntities(rowsOf(dates[i - 1]), rowsOf(dates[i])));
    out.set(changesPath(dates[i]), options.broken === dates[i] ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes);
  }
  return out;
}

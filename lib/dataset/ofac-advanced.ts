// Designation dates from OFAC's SDN_ADVANCED.XML, as a third party extracted its SanctionsEntries to CSV
// (one row per entry × entry event × measure). ProfileID is the legacy ent_num. Only this source gives OFAC days.

import { parseCsvLine, splitLines } from './csv';
import type { ImportProblem, ImportResult } from './problems';

/** EntryEventTypeID 1 is "Created": the day the entry was put on the list. */
const CREATED = '1';
/** ListID 1550 is the SDN list; the same profile has entries on other OFAC lists (e.g. SSI) with their own dates. */
const SDN_LIST_ID = '1550';

export interface OfacEntryDate {
  entNum: string;
  /** ISO day the entry was created. */
  date: string;
  /** Programs named by the entry's measures (the program as of the extract, not necessarily at creation). */
  programs: string[];
  /** The file's line that gives the day (its first "Created" row on the SDN list), for citing the extract. */
  line: number;
  /** Where a reader can see that row, when the caller knows the file's public copy (see applyOfacHistory). */
  sourceUrl?: string;
}

const HEADER = [
  'ID', 'ProfileID', 'ListID', 'EntryEventTypeID', 'LegalBasisID', 'Comment', 'Year', 'Month', 'Day',
  'SanctionsMeasureID', 'SanctionsTypeID', 'SanctionsMeasureComment', 'YearFixed', 'MonthFixed', 'DayFixed',
];

export function parseSanctionsEntries(text: string, file: string): ImportResult<OfacEntryDate> {
  const problems: ImportProblem[] = [];
  const byEnt = new Map<string, OfacEntryDate>();
  const lines = splitLines(text);
  const head = lines[0] && parseCsvLine(lines[0].text);
  if (!head || 'error' in head || head.fields.join(',') !== HEADER.join(',')) {
    return { records: [], problems: [{ file, line: 1, message: `unexpected header; expected ${HEADER.join(',')}` }] };
  }
  for (const { line, text: t } of lines.slice(1)) {
    const r = parseCsvLine(t);
    if ('error' in r || r.fields.length !== HEADER.length) {
      problems.push({ file, line, message: 'error' in r ? r.error : `expected ${HEADER.length} fields, found ${r.fields.length}` });
      continue;
    }
    const f = r.fields;
    if (f[3] !== CREATED || f[2] !== SDN_LIST_ID) continue;
    const [y, m, d] = [f[6], f[7], f[8]];
    if (!/^\d+$/.test(f[1]) || !/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) {
      problems.push({ file, line, message: `bad profile or date: ${f[1]} ${y}-${m}-${d}` });
      continue;
    }
    const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const entry = byEnt.get(f[1]) ?? { entNum: f[1], date, programs: [], line };
    if (entry.date !== date) problems.push({ file, line, message: `entry ${f[1]} has two creation dates: ${entry.date}, ${date}` });
    if (f[11] && !entry.programs.includes(f[11])) entry.programs.push(f[11]);
    byEnt.set(f[1], entry);
  }
  return { records: [...byEnt.values()], problems };
}

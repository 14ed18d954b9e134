// The EU Venezuela regime (Regulation (EU) 2017/2063, Annex IV) as OpenSanctions transcribed it from EUR-Lex:
// one CSV row a designation with its listing day (startDate, d.m.yyyy) and reason. Licence: CC BY-NC 4.0.

import { parseCsvLine, splitLines } from './csv';
import type { Entity, EntityName, Identifier } from './format';
import type { ImportProblem, ImportResult } from './problems';

export const EU_AUTHORITY = 'EU';
export const EU_VEN_LIST = 'eu-2017-2063';
export const EU_VEN_URL = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02017R2063-20251217';

const REQUIRED = ['celex', 'recordId', 'programKey', 'measure', 'startDate', 'reason', 'schema', 'name'];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `22.1.2018` or `28 October 1964` → ISO day; undefined for anything else. */
export function parseEuDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  if (m && month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^(\d{4})$/.exec(t);
  return m ? m[1] : undefined;
}

// The annex writes demonyms; the other lists write countries.
const DEMONYMS: Record<string, string> = { Venezuelan: 'Venezuela', Colombian: 'Colombia', Spanish: 'Spain', Portuguese: 'Portugal', Italian: 'Italy' };

export function parseEuVenezuelaCsv(text: string, file: string): ImportResult<Entity> {
  const problems: ImportProblem[] = [];
  const records: Entity[] = [];
  const lines = splitLines(text);
  const head = lines[0] ? parseCsvLine(lines[0].text.replace(/^\uFEFF/, '')) : { error: 'empty file' };
  if ('error' in head || !REQUIRED.every((c) => head.fields.includes(c))) {
    return { records, problems: [{ file, line: 1, message: `header must contain ${REQUIRED.join(', ')}` }] };
  }
  const cols = head.fields;
  for (const { line, text: t } of lines.slice(1)) {
    const r = parseCsvLine(t);
    if ('error' in r || r.fields.length !== cols.length) {
      problems.push({ file, line, message: 'error' in r ? r.error : `expected ${cols.length} fields, found ${r.fields.length}` });
      continue;
    }
    const row = Object.fromEntries(cols.map((c, i) => [c, r.fields[i]])) as Record<string, string>;
    const listed = parseEuDate(row.startDate);
    if (!row.name || !row.recordId || !listed) {
      problems.push({ file, line, message: `needs name, recordId and a startDate day (got ${JSON.stringify(row.startDate)})` });
      continue;
    }
    const identifiers: Identifier[] = [];
    if (row.idNumber) {
      identifiers.push({ type: 'National ID', value: row.idNumber, ...(/^V-/.test(row.idNumber) ? { country: 'Venezuela' } : {}) });
    }
    for (const p of row.passportNumber ? row.passportNumber.split(/;\s*/) : []) {
      identifiers.push({ type: 'Passport', value: p.replace(/\s*\(.*\)$/, '').trim() });
    }
    const birthDates = (row.birthDate ?? '').split(/;\s*/).map(parseEuDate).filter((d): d is string => d !== undefined);
    const ref = `${row.celex}/${row.annex || 'IV'}/${row.recordId}`;
    records.push({
      id: `eu-${row.celex.toLowerCase()}-${row.recordId}`,
      kind: row.schema === 'Person' ? 'person' : 'organization',
      name: row.name,
      names: ([
        { name: row.name, type: 'primary' },
        ...(row.alias ? row.alias.split(/\s+\/\s+|;\s*/).map((name) => ({ name, type: 'aka' as const })) : []),
        ...(row.weakAlias ? row.weakAlias.split(/;\s*/).map((name) => ({ name, type: 'weak' as const })) : []),
        ...(row.previousName ? row.previousName.split(/;\s*/).map((name) => ({ name, type: 'fka' as const })) : []),
      ] as EntityName[]).filter((n, i, all) => n.name !== '' && all.findIndex((x) => x.name === n.name) === i),
      birthDates,
      birthPlaces: row.birthPlace ? [row.birthPlace] : [],
      nationalities: row.nationality ? row.nationality.split(/;\s*/).map((n) => DEMONYMS[n] ?? n) : [],
      countries: row.country ? row.country.split(/;\s*/) : [],
      positions: row.position ? [row.position] : [],
      identifiers,
      sources: [{ list: EU_VEN_LIST, ref }],
      sanctions: [{
        authority: EU_AUTHORITY, list: EU_VEN_LIST, program: row.programKey, status: 'active', listed,
        ...(row.reason ? { reason: row.reason } : {}), sourceUrl: EU_VEN_URL,
      }],
      events: [{
        date: listed, precision: 'day', type: 'designated', authority: EU_AUTHORITY,
        summary: `Listed by the EU (${row.measure}, Regulation 2017/2063 Annex ${row.annex || 'IV'} no. ${row.recordId})`,
        sourceUrl: EU_VEN_URL, list: EU_VEN_LIST, ref, programs: [row.programKey],
      }],
    });
  }
  return { records, problems };
}

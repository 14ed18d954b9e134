// The EU Financial Sanctions Files (XML 1.1, every EU regime) as our entities: one entity per sanctionEntity, read
// by lib/sources/eu-fsf-xml.ts. Its logicalId is the record's stable reference (the schema: "a unique logical
// identifier of a sanctioned entity", kept across the EU's databases); euReferenceNumber is optional and named in
// the listing event instead. Dates come only from the file: a record without designationDate has no listing day.

import type { EuFsfBirthdate, EuFsfHeader, EuFsfRecord } from '../sources/eu-fsf-xml';
import type { Entity, EntityEvent, EntityKind, EntityName, Identifier, Sanction } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { pushUnique } from './push-unique';

export const EU_FSF_AUTHORITY = 'EU';
export const EU_FSF_LIST = 'eu-fsf';
/** The Commission's page for the consolidated list on the EU's open data portal, where the files are offered. */
export const EU_FSF_LIST_URL = 'https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions?locale=en';

// The file writes country names in capitals ("IRAQ") beside ISO codes; the other lists write "Iraq". The platform's
// own table names a code as the other lists do, so a merged entity does not show one country twice.
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A country's English name from its ISO code, else the file's description; undefined for the file's "unknown". */
export function euCountryName(code: string | undefined, description: string | undefined): string | undefined {
  if (code && /^[A-Z]{2}$/.test(code)) {
    const name = REGION_NAMES.of(code);
    if (name) return name;
  }
  return description && description.toUpperCase() !== 'UNKNOWN' ? description : undefined;
}

const KINDS: Record<string, EntityKind> = { person: 'person', enterprise: 'organization', vessel: 'vessel', aircraft: 'aircraft' };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A birth date as FORMAT.md writes them: the day, `YYYY-MM`, the year, or a year range `1959/1963`. An approximate
 * ("circa") date keeps only its year, as ofac.ts does with "circa 1962": its day and month were never meant.
 */
export function euBirthDate(b: EuFsfBirthdate): string | undefined {
  const year = b.year ?? (b.date ? Number(b.date.slice(0, 4)) : undefined);
  if (b.circa && year !== undefined) return String(year);
  if (b.date) return b.date;
  if (year !== undefined && b.month !== undefined && b.day !== undefined) return `${year}-${pad(b.month)}-${pad(b.day)}`;
  if (year !== undefined && b.month !== undefined) return `${year}-${pad(b.month)}`;
  if (year !== undefined) return String(year);
  if (b.yearRangeFrom !== undefined && b.yearRangeTo !== undefined) return `${b.yearRangeFrom}/${b.yearRangeTo}`;
  return undefined;
}

/**
 * The name the entity is shown by: among the strong names, the first with a first or last name given (the file
 * splits the main name into parts, rarely an alias), in English or no stated language. The file's first alias is
 * often a misspelt one (EU.3579.2 begins with "Bin Khalid Fahd Bin Adballah", FR).
 */
function primaryIndex(record: EuFsfRecord): number {
  let best = 0;
  let bestScore = -1;
  record.names.forEach((n, i) => {
    const score = (n.strong ? 4 : 0) + (n.firstName || n.lastName ? 2 : 0) + (!n.language || n.language === 'EN' ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/**
 * One record as an Entity (it passes toEntity). `header` is the file's: its generation day tells a delisting that
 * has happened from one still to come. What cannot be said in our format is a problem in `problems`.
 */
export function euFsfEntity(record: EuFsfRecord, header: EuFsfHeader | undefined, file: string, problems: ImportProblem[]): Entity {
  const where = `EU FSF ${record.logicalId}`;
  const problem = (message: string) => problems.push({ file, line: record.line, message: `${where}: ${message}` });

  const code = record.subjectType.code?.toLowerCase() ?? '';
  let kind: EntityKind | undefined = KINDS[code] ?? (record.subjectType.classificationCode === 'P' ? 'person' : record.subjectType.classificationCode === 'E' ? 'organization' : undefined);
  if (!kind) {
    problem(`subject type ${JSON.stringify(record.subjectType.code ?? '')} is neither a person nor an enterprise; taken as an organization`);
    kind = 'organization';
  }

  const first = primaryIndex(record);
  const name = record.names[first].wholeName;
  const names: EntityName[] = [{ name, type: 'primary' }];
  for (const n of record.names) {
    if (!names.some((x) => x.name === n.wholeName)) names.push({ name: n.wholeName, type: n.strong ? 'aka' : 'weak' });
  }

  const birthDates: string[] = [];
  const birthPlaces: string[] = [];
  for (const b of record.birthdates) {
    if (b.calendarType && b.calendarType !== 'GREGORIAN') {
      problem(`a birth date in the ${b.calendarType} calendar is left out: our dates are Gregorian`);
    } else {
      pushUnique(birthDates, euBirthDate(b));
    }
    // "-" is how the file says a city is not known.
    const parts = [b.city, b.region, b.place, euCountryName(b.countryIso2Code, b.countryDescription)];
    pushUnique(birthPlaces, parts.filter((p) => p && p !== '-').join(', '));
  }

  const nationalities: string[] = [];
  for (const c of record.citizenships) pushUnique(nationalities, euCountryName(c.countryIso2Code, c.countryDescription));
  const countries: string[] = [];
  for (const a of record.addresses) pushUnique(countries, euCountryName(a.countryIso2Code, a.countryDescription));
  const positions: string[] = [];
  for (const n of record.names) pushUnique(positions, n.function);

  const identifiers: Identifier[] = [];
  for (const i of record.identifications) {
    const type = i.typeDescription ?? i.typeCode ?? 'Document';
    const country = euCountryName(i.countryIso2Code, i.countryDescription);
    for (const value of [i.number, i.latinNumber]) {
      if (value && !identifiers.some((x) => x.type === type && x.value === value)) identifiers.push({ type, value, ...(country ? { country } : {}) });
    }
  }

  const programmes = [...new Set(record.regulations.map((r) => r.programme).filter((p) => p !== ''))];
  if (programmes.length === 0) problem('no regulation names a programme; the sanction is filed under "EU"');
  // The number the EU prints (EU.522.39) names the listing for a reader; logicalId stays the source ref.
  const euRef = record.euReferenceNumber ?? record.logicalId;
  // The designation day is the entity's first listing: it dates its one programme, but not one of several.
  const listed = programmes.length <= 1 ? record.designationDate : undefined;
  const generated = header?.generationDate?.slice(0, 10);
  // The file holds entities sanctioned now; a delisting day on or before the file's own day has taken effect.
  const delisted = record.delistingDate && generated && record.delistingDate <= generated ? record.delistingDate : undefined;
  const sanctions: Sanction[] = (programmes.length > 0 ? programmes : ['EU']).map((program) => ({
    authority: EU_FSF_AUTHORITY,
    list: EU_FSF_LIST,
    program,
    status: delisted ? 'delisted' : 'active',
    ...(listed ? { listed } : {}),
    ...(delisted ? { delisted } : {}),
    ...(record.designationDetails ? { reason: record.designationDetails } : {}),
    sourceUrl: EU_FSF_LIST_URL,
  }));

  const events: EntityEvent[] = [];
  if (record.designationDate) {
    events.push({
      date: record.designationDate, precision: 'day', type: 'designated', authority: EU_FSF_AUTHORITY,
      summary: `Listed by the EU (${programmes.join(', ') || 'EU'}, ${euRef})`, sourceUrl: EU_FSF_LIST_URL,
    });
  }
  if (delisted) {
    events.push({ date: delisted, precision: 'day', type: 'delisted', authority: EU_FSF_AUTHORITY, summary: `Removed from the EU list (${euRef})`, sourceUrl: EU_FSF_LIST_URL });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    id: `eu-fsf-${record.logicalId}`,
    kind,
    name,
    names,
    birthDates,
    birthPlaces,
    nationalities,
    countries,
    positions,
    identifiers,
    sources: [{ list: EU_FSF_LIST, ref: record.logicalId }],
    sanctions,
    events,
  };
}

/** Every record of a file as entities, in file order, with what could not be said. */
export function euFsfEntities(records: Iterable<EuFsfRecord>, header: EuFsfHeader | undefined, file: string): ImportResult<Entity> {
  const problems: ImportProblem[] = [];
  const out: Entity[] = [];
  for (const r of records) out.push(euFsfEntity(r, header, file, problems));
  return { records: out, problems };
}

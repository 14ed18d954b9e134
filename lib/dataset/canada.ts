// Canada's Consolidated Autonomous Sanctions List as Entities: persons, entities and ships with the day each was
// listed. The file itself is read by lib/sources/canada-sema-xml.ts; this maps its records. The list is shipped
// with the extension only: no reader of the publisher's live file is wired into the sync.

import type { Entity, EntityKind, EntityName, Identifier } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { CanadaSemaXmlReader, type CanadaSemaRecord } from '../sources/canada-sema-xml';
import { readWholeList } from './whole-list';
import { pushUnique } from './push-unique';

export const CANADA_AUTHORITY = 'Canada';
export const CANADA_SEMA_LIST = 'ca-sema';
export const CANADA_SEMA_URL = 'https://www.international.gc.ca/world-monde/international_relations-relations_internationales/sanctions/consolidated-consolide.aspx?lang=eng';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const JVCFOR = /\bJVCFOR\b/;

/** The English half of a bilingual value ("Russia / Russie" → "Russia"). */
function english(value: string): string {
  return value.split(' / ')[0].trim();
}

/** The regulation a record is listed under, as a card's program line. */
export function canadaProgram(r: CanadaSemaRecord): string {
  const country = english(r.country);
  if (JVCFOR.test(country)) return 'Justice for Victims of Corrupt Foreign Officials Act (JVCFOR)';
  return `Special Economic Measures Act: ${country || 'regulation not named'}`;
}

/** The record's reference as the list gives it: regulation, schedule and item (unique in the file). */
export function canadaRef(r: CanadaSemaRecord): string {
  const regulation = JVCFOR.test(r.country) ? 'JVCFOR' : english(r.country);
  return [regulation, r.schedule ? `Schedule ${r.schedule}` : '', `Item ${r.item}`].filter(Boolean).join(', ');
}

function idPart(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Birth dates as ISO (day, month or year); words ("born in the early 1970s") are left out. "A or B" gives both. */
function birthDates(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s+or\s+/i)) if (ISO_PARTIAL.test(part.trim())) pushUnique(out, part.trim());
  return out;
}

const LABEL = /^[\p{L} ]{2,30}:\s*/u;

/** Most letters Latin: a Belarusian name may carry a Latin "i" for its і ("Хiкметовiч") and is still Cyrillic. */
function mostlyLatin(name: string): boolean {
  const letters = name.match(/\p{L}/gu) ?? [];
  const latin = name.match(/\p{Script=Latin}/gu) ?? [];
  return latin.length * 2 > letters.length;
}

/**
 * The aliases text as names: split at ';' (and at ',' for a person, whose names hold no comma), labels such as
 * "Russian:" dropped. A name in another script is a script form; one Latin word alone ("Alexander") is weak.
 */
export function canadaAliases(text: string, person: boolean): EntityName[] {
  const out: EntityName[] = [];
  for (const raw of text.split(person ? /[;,]/ : /;/)) {
    const name = raw.replace(LABEL, '').replace(/\s+/g, ' ').trim();
    if (name === '' || out.some((n) => n.name === name)) continue;
    out.push({ name, type: !mostlyLatin(name) ? 'script' : name.includes(' ') ? 'aka' : 'weak' });
  }
  return out;
}

/** One record as an Entity, or undefined (with the problem) when it has no name or no item. */
export function canadaEntity(r: CanadaSemaRecord, file: string, problems: ImportProblem[]): Entity | undefined {
  const person = r.entityOrShip === '' && (r.lastName !== '' || r.givenName !== '');
  const vessel = !person && r.shipImoNumber !== '';
  const name = person ? (r.lastName && r.givenName ? `${r.lastName}, ${r.givenName}` : r.lastName || r.givenName) : r.entityOrShip;
  const ref = canadaRef(r);
  if (name === '' || r.item === '') {
    problems.push({ file, line: 0, message: `Canada record ${ref} has no name or no item` });
    return undefined;
  }
  const kind: EntityKind = person ? 'person' : vessel ? 'vessel' : 'organization';
  const names: EntityName[] = [{ name, type: 'primary' }];
  for (const a of canadaAliases(r.aliases, person)) if (!names.some((n) => n.name === a.name)) names.push(a);
  const identifiers: Identifier[] = vessel ? [{ type: 'IMO', value: r.shipImoNumber }] : [];
  const program = canadaProgram(r);
  const listed = ISO_DAY.test(r.dateOfListing) ? r.dateOfListing : undefined;
  if (!listed) problems.push({ file, line: 0, message: `Canada ${ref}: DateOfListing ${JSON.stringify(r.dateOfListing)} is not a day` });
  return {
    id: `${CANADA_SEMA_LIST}-${idPart(ref)}`,
    kind,
    name,
    names,
    birthDates: person ? birthDates(r.dateOfBirthOrShipBuildDate) : [],
    birthPlaces: [],
    nationalities: [],
    // The regulation's country is what the measures concern (Russians are listed under "Ukraine"), not the party's.
    countries: [],
    positions: person && r.titleOrShip ? [r.titleOrShip] : [],
    identifiers,
    sources: [{ list: CANADA_SEMA_LIST, ref }],
    sanctions: [{ authority: CANADA_AUTHORITY, list: CANADA_SEMA_LIST, program, status: 'active', ...(listed ? { listed } : {}), sourceUrl: CANADA_SEMA_URL }],
    events: listed
      ? [{ date: listed, precision: 'day', type: 'designated', authority: CANADA_AUTHORITY, summary: `Listed by Canada (${program}; ${ref})`, sourceUrl: CANADA_SEMA_URL }]
      : [],
  };
}

/** The whole list as Entities (the builder and tests). A file that is not well-formed gives no records, only the problem. */
export function parseCanadaSemaXml(text: string, file: string): ImportResult<Entity> {
  const whole = readWholeList<CanadaSemaRecord>(new CanadaSemaXmlReader(), text, file);
  if ('problem' in whole) return { records: [], problems: [whole.problem] };
  const problems: ImportProblem[] = [];
  const records: Entity[] = [];
  const seen = new Set<string>();
  for (const r of whole.records) {
    const e = canadaEntity(r, file, problems);
    if (!e) continue;
    if (seen.has(e.id)) {
      problems.push({ file, line: 0, message: `Canada ${e.sources[0].ref} appears twice; the first record is kept` });
      continue;
    }
    seen.add(e.id);
    records.push(e);
  }
  return { records, problems };
}

// The UN Security Council consolidated list as Entities: individuals and entities with their listing day
// (LISTED_ON) and UN reference number (e.g. CDi.001), which is the record's stable reference. The file itself is
// read by lib/sources/un-xml.ts; this maps its records.

import type { Entity, EntityEvent, EntityName, Identifier } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { UnXmlReader, type UnDateOfBirth, type UnRecord } from '../sources/un-xml';
import { readWholeList } from './whole-list';
import { pushUnique } from './push-unique';
import { unAliasNames } from './un-aliases';

export const UN_AUTHORITY = 'UN Security Council';
export const UN_LIST = 'un-sc-consolidated';
export const UN_LIST_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function birthDate(d: UnDateOfBirth): string | undefined {
  if (d.date) return d.date.slice(0, 10);
  if (d.fromYear && d.toYear) return `${d.fromYear}/${d.toYear}`;
  return d.year || undefined;
}

/** One UN record as an Entity, or undefined (with the problem) when it has no reference number or name. */
export function unEntity(r: UnRecord, file: string, problems: ImportProblem[]): Entity | undefined {
  const person = r.type === 'INDIVIDUAL';
  const ref = r.referenceNumber;
  const name = [r.firstName, r.secondName, r.thirdName, r.fourthName].filter((s) => s !== '').join(' ');
  const listed = r.listedOn.slice(0, 10);
  if (!ref || !name) {
    problems.push({ file, line: 0, message: `UN record ${r.dataId || '?'} has no reference number or name` });
    return undefined;
  }
  const names: EntityName[] = [{ name, type: 'primary' }];
  const addName = (n: EntityName) => {
    if (n.name && !names.some((x) => x.name === n.name)) names.push(n);
  };
  if (r.nameOriginalScript) addName({ name: r.nameOriginalScript, type: 'script' });
  for (const a of r.aliases) {
    // The UN marks aliases "Low" quality when they are too vague to identify anyone on their own; each spelling an
    // ALIAS_NAME joins with ";" keeps its alias's quality.
    const type = a.quality === 'Low' ? 'weak' : a.quality === 'f.k.a.' ? 'fka' : 'aka';
    for (const n of unAliasNames(a.name)) addName({ name: n, type });
  }
  const birthDates: string[] = [];
  const birthPlaces: string[] = [];
  const countries: string[] = [];
  const identifiers: Identifier[] = [];
  if (r.type === 'INDIVIDUAL') {
    for (const d of r.datesOfBirth) {
      const b = birthDate(d);
      if (b) pushUnique(birthDates, b);
    }
    for (const p of r.placesOfBirth) pushUnique(birthPlaces, [p.city, p.stateProvince, p.country].filter(Boolean).join(', '));
    for (const d of r.documents) {
      if (!d.number) continue;
      const id: Identifier = { type: d.type || 'Document', value: d.number };
      const country = d.issuingCountry || d.countryOfIssue;
      if (country) id.country = country;
      identifiers.push(id);
    }
  }
  for (const a of r.addresses) pushUnique(countries, a.country);
  const program = r.unListType;
  const events: EntityEvent[] = [];
  const valid = ISO_DAY.test(listed);
  if (!valid) problems.push({ file, line: 0, message: `UN ${ref}: LISTED_ON ${JSON.stringify(listed)} is not a day` });
  if (valid) {
    events.push({ date: listed, precision: 'day', type: 'designated', authority: UN_AUTHORITY, summary: `Listed by the UN Security Council (${program}, ${ref})`, sourceUrl: UN_LIST_URL, list: UN_LIST, ref, ...(program ? { programs: [program] } : {}) });
  }
  for (const d of r.lastDayUpdated) {
    if (ISO_DAY.test(d.slice(0, 10))) {
      events.push({ date: d.slice(0, 10), precision: 'day', type: 'amended', authority: UN_AUTHORITY, summary: `UN entry ${ref} amended`, sourceUrl: UN_LIST_URL, list: UN_LIST, ref });
    }
  }
  const entity: Entity = {
    id: `un-${ref}`,
    kind: person ? 'person' : 'organization',
    name,
    names,
    birthDates,
    birthPlaces,
    nationalities: r.nationalities,
    countries,
    positions: [...new Set([...r.designations.flatMap(listedItems), ...r.titles.flatMap(listedItems)])],
    identifiers,
    sources: [{ list: UN_LIST, ref }],
    sanctions: [{
      authority: UN_AUTHORITY, list: UN_LIST, program: program || 'UN', status: 'active',
      ...(valid ? { listed } : {}),
      sourceUrl: UN_LIST_URL,
    }],
    events,
  };
  return entity;
}

/**
 * A designation or title as the UN writes it, as the card shows it: its line breaks and indents as one space, and
 * the items it numbers ("a) Minister of Planning under the Taliban regime b) Minister of Higher Education …") one
 * position each. Only text that opens with "a) " is numbered, and only "b) ", "c) " … in turn part it.
 */
export function listedItems(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat.startsWith('a) ')) return flat ? [flat] : [];
  const items: string[] = [];
  let rest = flat.slice(3);
  for (let letter = 98; letter <= 122; letter++) {
    const at = rest.indexOf(` ${String.fromCharCode(letter)}) `);
    if (at < 0) break;
    items.push(rest.slice(0, at));
    rest = rest.slice(at + 4);
  }
  items.push(rest);
  return items.map((i) => i.trim()).filter(Boolean);
}

/**
 * The whole list as Entities, individuals first (for the builder and tests; the worker feeds UnXmlReader itself).
 * A file that is not well-formed gives no records, only the problem: a list is taken whole or not at all.
 */
export function parseUnXml(text: string, file: string): ImportResult<Entity> & { generated?: string } {
  const reader = new UnXmlReader();
  const whole = readWholeList<UnRecord>(reader, text, file);
  if ('problem' in whole) return { records: [], problems: [whole.problem] };
  const people = { records: [] as Entity[], problems: [] as ImportProblem[] };
  const organizations = { records: [] as Entity[], problems: [] as ImportProblem[] };
  for (const r of whole.records) {
    const where = r.type === 'INDIVIDUAL' ? people : organizations;
    const e = unEntity(r, file, where.problems);
    if (e) where.records.push(e);
  }
  return {
    records: [...people.records, ...organizations.records],
    problems: [...people.problems, ...organizations.problems],
    generated: reader.dateGenerated,
  };
}

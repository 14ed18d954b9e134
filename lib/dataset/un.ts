// The UN Security Council consolidated list (XML): individuals and entities with their listing day (LISTED_ON)
// and UN reference number (e.g. CDi.001), which is the record's stable reference.

import type { Entity, EntityEvent, EntityName, Identifier } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { XmlError, XmlRecordReader, childText, children, type XmlElement } from './xml';

export const UN_AUTHORITY = 'UN Security Council';
export const UN_LIST = 'un-sc-consolidated';
export const UN_LIST_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function values(el: XmlElement, name: string): string[] {
  return children(el, name).flatMap((c) => children(c, 'VALUE').map((v) => v.text.trim())).filter((v) => v !== '');
}

function pushUnique(list: string[], v: string): void {
  if (v !== '' && !list.includes(v)) list.push(v);
}

function birthDate(el: XmlElement): string | undefined {
  const date = childText(el, 'DATE');
  if (date) return date.slice(0, 10);
  const from = childText(el, 'FROM_YEAR');
  const to = childText(el, 'TO_YEAR');
  if (from && to) return `${from}/${to}`;
  const year = childText(el, 'YEAR');
  return year || undefined;
}

function record(el: XmlElement, person: boolean, file: string, problems: ImportProblem[]): Entity | undefined {
  const ref = childText(el, 'REFERENCE_NUMBER');
  const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(el, n))
    .filter((s) => s !== '')
    .join(' ');
  const listed = childText(el, 'LISTED_ON').slice(0, 10);
  if (!ref || !name) {
    problems.push({ file, line: 0, message: `UN record ${childText(el, 'DATAID') || '?'} has no reference number or name` });
    return undefined;
  }
  const names: EntityName[] = [{ name, type: 'primary' }];
  const addName = (n: EntityName) => {
    if (n.name && !names.some((x) => x.name === n.name)) names.push(n);
  };
  const script = childText(el, 'NAME_ORIGINAL_SCRIPT');
  if (script) addName({ name: script, type: 'script' });
  for (const a of children(el, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const q = childText(a, 'QUALITY');
    // The UN marks aliases "Low" quality when they are too vague to identify anyone on their own.
    addName({ name: childText(a, 'ALIAS_NAME'), type: q === 'Low' ? 'weak' : q === 'f.k.a.' ? 'fka' : 'aka' });
  }
  const birthDates: string[] = [];
  const birthPlaces: string[] = [];
  const countries: string[] = [];
  const identifiers: Identifier[] = [];
  if (person) {
    for (const d of children(el, 'INDIVIDUAL_DATE_OF_BIRTH')) {
      const b = birthDate(d);
      if (b) pushUnique(birthDates, b);
    }
    for (const p of children(el, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
      pushUnique(birthPlaces, ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((n) => childText(p, n)).filter(Boolean).join(', '));
    }
    for (const d of children(el, 'INDIVIDUAL_DOCUMENT')) {
      const value = childText(d, 'NUMBER');
      if (!value) continue;
      const id: Identifier = { type: childText(d, 'TYPE_OF_DOCUMENT') || 'Document', value };
      const country = childText(d, 'ISSUING_COUNTRY') || childText(d, 'COUNTRY_OF_ISSUE');
      if (country) id.country = country;
      identifiers.push(id);
    }
  }
  for (const a of children(el, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) pushUnique(countries, childText(a, 'COUNTRY'));
  const program = childText(el, 'UN_LIST_TYPE');
  const events: EntityEvent[] = [];
  const valid = ISO_DAY.test(listed);
  if (!valid) problems.push({ file, line: 0, message: `UN ${ref}: LISTED_ON ${JSON.stringify(listed)} is not a day` });
  if (valid) {
    events.push({ date: listed, precision: 'day', type: 'designated', authority: UN_AUTHORITY, summary: `Listed by the UN Security Council (${program}, ${ref})`, sourceUrl: UN_LIST_URL });
  }
  for (const d of values(el, 'LAST_DAY_UPDATED')) {
    if (ISO_DAY.test(d.slice(0, 10))) {
      events.push({ date: d.slice(0, 10), precision: 'day', type: 'amended', authority: UN_AUTHORITY, summary: `UN entry ${ref} amended`, sourceUrl: UN_LIST_URL });
    }
  }
  const entity: Entity = {
    id: `un-${ref}`,
    kind: person ? 'person' : 'organization',
    name,
    names,
    birthDates,
    birthPlaces,
    nationalities: values(el, 'NATIONALITY'),
    countries,
    positions: [...values(el, 'DESIGNATION'), ...values(el, 'TITLE').filter((t) => !values(el, 'DESIGNATION').includes(t))],
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

/** One of the list's two sections: records in file order, and the problems found in them. */
interface Section {
  records: Entity[];
  problems: ImportProblem[];
}

/**
 * Reads the list as a stream of records: each <INDIVIDUAL> of the first <INDIVIDUALS> (or of the root, when there
 * is none) and each <ENTITY> likewise, individuals first. A file that is not well-formed gives no records, only the
 * problem: a list is taken whole or not at all.
 */
export function parseUnXml(text: string, file: string): ImportResult<Entity> & { generated?: string } {
  const sections = { INDIVIDUALS: 0, ENTITIES: 0 };
  // Records straight under the root count only when the file has no section element for them (known at its end).
  const read: Record<'person' | 'organization', { inSection: Section; atRoot: Section }> = {
    person: { inSection: { records: [], problems: [] }, atRoot: { records: [], problems: [] } },
    organization: { inSection: { records: [], problems: [] }, atRoot: { records: [], problems: [] } },
  };
  const sectionOf = { INDIVIDUAL: 'INDIVIDUALS', ENTITY: 'ENTITIES' } as const;
  const reader = new XmlRecordReader({
    isRecord: (name, ancestors) => {
      if (name === 'INDIVIDUALS' || name === 'ENTITIES') {
        if (ancestors.length === 1) sections[name]++;
        return false;
      }
      if (name !== 'INDIVIDUAL' && name !== 'ENTITY') return false;
      if (ancestors.length === 1) return true;
      return ancestors.length === 2 && ancestors[1] === sectionOf[name] && sections[sectionOf[name]] === 1;
    },
    onRecord: (el, ancestors) => {
      const person = el.name === 'INDIVIDUAL';
      const where = read[person ? 'person' : 'organization'][ancestors.length === 1 ? 'atRoot' : 'inSection'];
      const e = record(el, person, file, where.problems);
      if (e) where.records.push(e);
    },
  });
  try {
    reader.write(text);
    reader.close();
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    return { records: [], problems: [{ file, line: 0, message: err.message }] };
  }
  const doc = reader.root;
  if (!doc) return { records: [], problems: [{ file, line: 0, message: 'no root element' }] };
  if (doc.name !== 'CONSOLIDATED_LIST') {
    return { records: [], problems: [{ file, line: 0, message: `root is <${doc.name}>, not <CONSOLIDATED_LIST>` }] };
  }
  const people = sections.INDIVIDUALS > 0 ? read.person.inSection : read.person.atRoot;
  const organizations = sections.ENTITIES > 0 ? read.organization.inSection : read.organization.atRoot;
  return {
    records: [...people.records, ...organizations.records],
    problems: [...people.problems, ...organizations.problems],
    generated: doc.attrs.dateGenerated,
  };
}

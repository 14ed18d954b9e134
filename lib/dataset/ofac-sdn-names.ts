// SDN membership and names of autumn 2025, from a third party's extract of SDN_ADVANCED.XML (keithrozario/
// sanctions-checker, sdn_entities.jsonl): one JSON line an entry, `{"entity_id": ent_num, "names": [{"full_name",
// "is_primary", "type_id"}]}`. It has no programs, no entity type, no dates and no remarks, and writes names
// "Last First" with no comma. So it can only say that an entry was on the SDN list then and what it was called:
// an entry the 2024 sdn.csv lacks becomes an entity whose sanction says the program is not in the data, and an
// entry the 2024 file has only gains the names it lacked.

import type { Entity, EntityEvent, EntityKind, EntityName, NameType } from './format';
import { OFAC_AUTHORITY, OFAC_SDN_LIST, ofacDetailsUrl, ofacEntityId } from './ofac';
import type { ImportProblem } from './problems';
import { sortedNameKey } from './merge';

export const SDN_NAMES_SOURCE = 'OFAC SDN names from a list of Sept–Oct 2025, derived by a third party (keithrozario/sanctions-checker); names only';
export const SDN_NAMES_URL = 'https://github.com/keithrozario/sanctions-checker/blob/103bf8e00db91f88a59eda7c911347557443f147/sdn_entities.jsonl';
/** What a card shows in place of a program: the entry is on the SDN list, the file does not say under which program. */
export const SDN_NAMES_PROGRAM = 'SDN list (names from a list of Sept–Oct 2025; program not in the data)';
/**
 * The window the file's list falls in: after the 2024 sdn.csv, and before 22 Oct 2025 (it lacks LUKOIL, designated
 * that day; by content it is from after 20 Aug 2025).
 */
export const SDN_NAMES_SPAN = { after: '2024-07-02T08:24Z', date: '2025-10-22' } as const;

export interface SdnNamesEntry {
  line: number;
  entNum: string;
  names: { name: string; primary: boolean; typeId: string }[];
}

/** SDN_ADVANCED.XML's alias types: 1400 A.K.A., 1401 F.K.A., 1402 N.K.A., 1403 the entry's name. */
const ALIAS_TYPES: Record<string, NameType> = { '1400': 'aka', '1401': 'fka', '1402': 'aka', '1403': 'aka' };

/** One line of the file, or the problem with it. */
export function parseSdnNamesLine(text: string, file: string, line: number): SdnNamesEntry | ImportProblem {
  const problem = (message: string): ImportProblem => ({ file, line, message });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return problem('is not JSON');
  }
  if (typeof value !== 'object' || value === null) return problem('is not an object');
  const o = value as Record<string, unknown>;
  if (typeof o.entity_id !== 'number' || !Number.isInteger(o.entity_id) || o.entity_id <= 0) return problem('entity_id is not a positive integer');
  if (!Array.isArray(o.names) || o.names.length === 0) return problem(`entry ${o.entity_id} has no names`);
  const names: SdnNamesEntry['names'] = [];
  for (const n of o.names as unknown[]) {
    const r = (n ?? {}) as Record<string, unknown>;
    if (typeof r.full_name !== 'string' || r.full_name.trim() === '') return problem(`entry ${o.entity_id} has a name that is not text`);
    names.push({ name: r.full_name.trim().replace(/\s+/g, ' '), primary: r.is_primary === true, typeId: typeof r.type_id === 'string' ? r.type_id : '' });
  }
  if (names.filter((n) => n.primary).length !== 1) return problem(`entry ${o.entity_id} has ${names.filter((n) => n.primary).length} primary names, not one`);
  return { line, entNum: String(o.entity_id), names };
}

// Words that make a name a firm's or a body's. Checked on the 14,823 entries the file shares with the 2024 sdn.csv,
// whose type is known: the rule below gives 99.8% of the persons, 90% of the organizations and 40% of the vessels
// and aircraft their kind (most of the others become organizations); 90% of the names it calls a person's are.
const ORGANIZATION_WORDS = new Set(
  ('ltd limited llc l.l.c company co corp corporation inc jsc pjsc ojsc cjsc ooo oao zao ao pao gmbh ag s.a sa srl llp lp plc ' +
    'fze fzco fzc dmcc pte bhd sdn bank banco group holding holdings trading industries industrial enterprise enterprises ' +
    'international shipping maritime institute university association foundation organization ministry agency department ' +
    'committee front army brigade brigades party movement cartel network services service technology technologies ' +
    'electronics systems solutions logistics petroleum oil gas energy center centre plant factory bureau authority council ' +
    'fund airlines airways aviation exchange partnership cooperative trust society federation union import export ' +
    'establishment ltda sociedad comercializadora constructora inversiones grupo empresa sherkat too tov pvt kft spa bv nv sal wll est')
    .split(' '),
);

const isUpperWord = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * The kind an entry known only by its names most likely has, since the file gives none: a name with a firm's or
 * body's word or a digit is an organization; a single word is a vessel (most one-word SDN names are ships and
 * aircraft, and a vessel's name is only marked whole or after "tanker" and the like); several words all in
 * capitals, an organization; otherwise, words in mixed case ("Belousova Yevgeniya Alekseyevna", "ZAMBADA GARCIA
 * Ismael"), a person.
 */
export function sdnNamesKind(name: string): EntityKind {
  const words = name.split(' ');
  const plain = words.map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''));
  if (/\d/.test(name) || plain.some((w) => ORGANIZATION_WORDS.has(w))) return 'organization';
  if (words.length === 1) return 'vessel';
  if (words.every(isUpperWord)) return 'organization';
  return 'person';
}

/** A one-word alias of a person or firm names too many things: kept as a weak alias, as OFAC's own remarks do. */
function aliasType(name: string, typeId: string): NameType {
  return name.includes(' ') ? (ALIAS_TYPES[typeId] ?? 'aka') : 'weak';
}

/** Adds the file's names an entity lacks (compared word for word, in any order), as aliases; returns how many. */
export function addSdnNames(entity: Entity, entry: SdnNamesEntry): number {
  const known = new Set(entity.names.map((n) => sortedNameKey(n.name)));
  let added = 0;
  for (const n of entry.names) {
    const key = sortedNameKey(n.name);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    entity.names.push({ name: n.name, type: aliasType(n.name, n.typeId) });
    added++;
  }
  return added;
}

/** The sanction row of an entry known only from the file: on the SDN list, program unknown, no listing day. */
export function sdnNamesSanction(entNum: string): Entity['sanctions'][number] {
  return { authority: OFAC_AUTHORITY, list: OFAC_SDN_LIST, program: SDN_NAMES_PROGRAM, status: 'active', sourceUrl: ofacDetailsUrl(entNum) };
}

/** It was not on the 2024 sdn.csv and is on the autumn-2025 list: added in between (or added again). */
export function sdnNamesAddedEvent(): EntityEvent {
  return {
    date: SDN_NAMES_SPAN.date,
    after: SDN_NAMES_SPAN.after,
    precision: 'between',
    type: 'designated',
    authority: OFAC_AUTHORITY,
    summary: 'On the OFAC SDN list of Sept–Oct 2025, not on that of 2 Jul 2024 (names from a third-party extract; program not in the data)',
    sourceUrl: SDN_NAMES_URL,
  };
}

/**
 * An entry known only from the file as an Entity. `kind` is the kind another list gives the same ent_num (OFAC's
 * consolidated list) when there is one; else it is guessed from the name (sdnNamesKind).
 */
export function sdnNamesEntity(entry: SdnNamesEntry, kind?: EntityKind): Entity {
  const primary = entry.names.find((n) => n.primary)!;
  const names: EntityName[] = [{ name: primary.name, type: 'primary' }];
  const entity: Entity = {
    id: ofacEntityId(entry.entNum),
    kind: kind ?? sdnNamesKind(primary.name),
    name: primary.name,
    names,
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    positions: [],
    identifiers: [],
    sources: [{ list: OFAC_SDN_LIST, ref: entry.entNum }],
    sanctions: [sdnNamesSanction(entry.entNum)],
    events: [sdnNamesAddedEvent()],
  };
  addSdnNames(entity, entry);
  return entity;
}

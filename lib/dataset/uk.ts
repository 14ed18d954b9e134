// The UK Sanctions List (FCDO): a Designation read by lib/sources/uk-sanctions-list-xml.ts becomes one Entity, with
// one UK FCDO sanction under the regime it names and, when the list gives the day, a 'designated' event on it.

import type { Entity, EntityEvent, EntityKind, EntityName, Identifier } from './format';
import type { UkDesignation, UkDesignationType } from '../sources/uk-sanctions-list-xml';

// Named like the other authorities: the country, then the body that keeps the list ('US OFAC').
export const UK_AUTHORITY = 'UK FCDO';
export const UK_LIST = 'gb-fcdo-sanctions';
export const UK_LIST_URL = 'https://www.gov.uk/government/publications/the-uk-sanctions-list';

const KINDS: Record<UkDesignationType, EntityKind> = { Individual: 'person', Entity: 'organization', Ship: 'vessel' };

/**
 * A short key for a regime, from its regulation's title: "The Afghanistan (Sanctions) (EU Exit) Regulations 2020"
 * → "Afghanistan". Drops a leading "The", the trailing "Regulations <year>", "(EU Exit)" and the word Sanctions
 * (bare, "(Sanctions)", or inside a bracket as in "(International Sanctions)", which keeps "(International)"), so
 * regimes that share a country or theme stay apart: "Counter-Terrorism" and "Counter-Terrorism (International)",
 * "Iran" and "Iran (Nuclear)". Derived by rule, not from a table, so a regime added later gets a key too; a title
 * the rule cannot shorten is kept whole.
 */
export function ukRegimeKey(regimeName: string): string {
  const key = regimeName
    .trim()
    .replace(/^The\s+/i, '')
    .replace(/\s+Regulations(\s+\d{4})?$/i, '')
    .replace(/\s*\(EU Exit\)/gi, '')
    .replace(/\s*\(Sanctions\)/gi, '')
    .replace(/\(([^()]*?)\s+Sanctions\)/gi, '($1)')
    .replace(/\s+Sanctions$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return key || regimeName.trim();
}

/** The Entity for one Designation. Dates come only from the list: no DateDesignated, no `listed` and no event. */
export function ukEntity(d: UkDesignation): Entity {
  const primary = d.names.find((n) => n.type === 'primary') ?? d.names[0];
  const names: EntityName[] = [{ name: primary.name, type: 'primary' }];
  const addName = (n: EntityName) => {
    if (!names.some((x) => x.name === n.name)) names.push(n);
  };
  for (const n of d.names) {
    if (n === primary) continue;
    // A "Primary name variation" is another spelling of the name: an aka. The list's "Low quality a.k.a" is too vague
    // to identify anyone alone, as UN "Low" aliases are: weak.
    addName({ name: n.name, type: n.quality === 'low' ? 'weak' : 'aka' });
  }
  for (const s of d.nonLatinNames) addName({ name: s, type: 'script' });

  const birthPlaces = [...new Set(d.birthPlaces.map((p) => [p.town, p.country].filter(Boolean).join(', ')))];
  // Address and flag countries, as FORMAT.md's `countries`; titles join the positions, as in un.ts.
  const countries = [...new Set([...d.addressCountries, ...d.flags])];
  const positions = [...new Set([...d.positions, ...d.titles])];

  const identifiers: Identifier[] = [
    ...d.passports.map((p) => ({ type: 'Passport', value: p.number })),
    ...d.nationalIds.map((p) => ({ type: 'National ID', value: p.number })),
    ...d.imoNumbers.map((value) => ({ type: 'IMO', value })),
  ];
  // A UN designation the UK carries keeps the UN's reference, so the merge can join it with the UN's own record.
  if (d.unReferenceNumber) identifiers.push({ type: 'UN Reference Number', value: d.unReferenceNumber });

  const program = ukRegimeKey(d.regimeName || 'UK');
  const listed = d.dateDesignated;
  const events: EntityEvent[] = [];
  if (listed) {
    // For a designation the UN made, DateDesignated is the UN's listing day (AFG0011 = TAi.007: 31 Jan 2001, before
    // any UK regime existed), so the words say who designated.
    const [uk, un] = [d.designationSources.includes('UK'), d.designationSources.includes('UN')];
    const who = un ? (uk ? 'the UK and the UN' : 'the UN, carried by the UK') : 'the UK';
    events.push({
      date: listed, precision: 'day', type: 'designated', authority: UK_AUTHORITY,
      summary: `Designated by ${who} under ${d.regimeName || program} (${d.uniqueId})`, sourceUrl: UK_LIST_URL,
    });
  }
  // LastUpdated is the day of the record's latest change; on its designation day it is no amendment.
  if (d.lastUpdated && d.lastUpdated !== listed) {
    events.push({ date: d.lastUpdated, precision: 'day', type: 'amended', authority: UK_AUTHORITY, summary: `UK entry ${d.uniqueId} amended`, sourceUrl: UK_LIST_URL });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    id: `uk-${d.uniqueId}`,
    kind: KINDS[d.type],
    name: primary.name,
    names,
    birthDates: [...d.dobs],
    birthPlaces,
    nationalities: [...d.nationalities],
    countries,
    positions,
    identifiers,
    sources: [{ list: UK_LIST, ref: d.uniqueId }],
    sanctions: [{
      authority: UK_AUTHORITY, list: UK_LIST, program, status: 'active',
      ...(listed ? { listed } : {}),
      ...(d.statementOfReasons ? { reason: d.statementOfReasons } : {}),
      sourceUrl: UK_LIST_URL,
    }],
    events,
  };
}

// OFAC's Consolidated (non-SDN) list: cons_prim.csv, cons_alt.csv and cons_add.csv are sdn.csv, alt.csv and add.csv
// column for column (cons_dat_spec.txt), so the SDN importer reads them; only the list and the ids differ, so that an
// entry on both lists (the same ent_num) is never two entities with one id.

import type { Entity } from './format';
import { OFAC_AUTHORITY, OFAC_SDN_LIST, buildOfacEntities, ofacEntityId, parseAddCsv, parseAltCsv, parseSdnCsv } from './ofac';
import type { ImportResult } from './problems';

export const OFAC_CONS_LIST = 'us-ofac-cons';
export const OFAC_CONS_URL = 'https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv';

export function ofacConsEntityId(entNum: string): string {
  return `ofac-cons-${entNum}`;
}

/** An entity the SDN importer made from a consolidated-list row, moved to the consolidated list and its ids. */
function asConsolidated(e: Entity, consIds: ReadonlySet<string>): Entity {
  const entNum = e.sources[0].ref;
  return {
    ...e,
    id: ofacConsEntityId(entNum),
    sources: [{ list: OFAC_CONS_LIST, ref: entNum }],
    sanctions: e.sanctions.map((s) => ({ ...s, authority: OFAC_AUTHORITY, list: OFAC_CONS_LIST })),
    // "Linked To" resolved within the consolidated list names a consolidated entry.
    ...(e.links ? { links: e.links.map((l) => (l.id && consIds.has(l.id) ? { ...l, id: ofacConsEntityId(l.id.slice('ofac-'.length)) } : l)) } : {}),
  };
}

export interface OfacConsFiles {
  prim: { text: string; file: string };
  alt: { text: string; file: string };
  add: { text: string; file: string };
}

/** The whole consolidated list (a few hundred entries) as Entities on `us-ofac-cons`. */
export function parseOfacConsolidated(files: OfacConsFiles): ImportResult<Entity> {
  const sdn = parseSdnCsv(files.prim.text, files.prim.file);
  const alt = parseAltCsv(files.alt.text, files.alt.file);
  const add = parseAddCsv(files.add.text, files.add.file);
  const built = buildOfacEntities({ sdn: sdn.records, alt: alt.records, add: add.records });
  const ids = new Set(built.records.map((e) => e.id));
  return {
    records: built.records.map((e) => asConsolidated(e, ids)),
    problems: [...sdn.problems, ...alt.problems, ...add.problems, ...built.problems],
  };
}

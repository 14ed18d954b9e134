// OFAC's change files applied to the rows of the installed publication (sdn.csv, alt.csv and add.csv as read), so the
// entities are then built from the rows by the very code that builds them from the full files (ofacEntitySteps):
// the same publication gives the same entities whichever way it came. A change file that does not fit the rows (an
// addition of an entry already there, a change or removal of one that is not) is refused whole.
import type { OfacDeltaEntity } from '../sources/ofac-delta-xml';
import { addRowFromFields, altRowFromFields, sdnRowFromFields, type AddRow, type AltRow, type OfacSet, type SdnRow } from './ofac';

/** A change file that cannot be applied to the installed rows; the message says why. */
export class OfacDeltaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfacDeltaError';
  }
}

/** sdn.csv's type field and the delta's entityType. */
const ENTITY_TYPES: Record<string, string> = { individual: 'Individual', '': 'Entity', vessel: 'Vessel', aircraft: 'Aircraft' };
const CSV_TYPES = new Map(Object.entries(ENTITY_TYPES).map(([csv, delta]) => [delta.toLowerCase(), csv]));
/** alt.csv's alt_type and the delta's aliasType. */
const ALIAS_TYPES: Record<string, string> = { aka: 'A.K.A.', fka: 'F.K.A.', nka: 'N.K.A.' };
const CSV_ALIAS_TYPES = new Map(Object.entries(ALIAS_TYPES).map(([csv, delta]) => [delta, csv]));
/** sdn.csv's vessel fields and the delta's feature types. */
const VESSEL_FEATURES = [
  ['callSign', 'Vessel Call Sign'],
  ['vesselType', 'VESSEL TYPE'],
  ['tonnage', 'Vessel Tonnage'],
  ['grt', 'Vessel Gross Registered Tonnage'],
  ['vesselFlag', 'Vessel Flag'],
  ['vesselOwner', 'Vessel Owner'],
] as const;

export interface EntryRows {
  sdn: SdnRow;
  alt: AltRow[];
  add: AddRow[];
}

/** One entry's rows as a delta entity (what the loopback publisher writes for an added or changed entry). */
export function deltaEntityOfRows(rows: EntryRows, action: 'add' | 'change'): OfacDeltaEntity {
  const { sdn } = rows;
  return {
    id: sdn.entNum,
    action,
    entityType: ENTITY_TYPES[sdn.type] ?? sdn.type,
    title: sdn.title,
    remarks: sdn.remarks,
    lists: ['SDN List'],
    programs: sdn.programs,
    primaryName: sdn.name,
    aliases: rows.alt.map((a) => ({ id: a.altNum, aliasType: ALIAS_TYPES[a.altType] ?? a.altType, name: a.altName, remarks: a.remarks })),
    addresses: rows.add.map((a) => ({ id: a.addNum, addressLine: a.address, cityStateZip: a.cityStateZip, country: a.country, remarks: a.remarks })),
    features: VESSEL_FEATURES.filter(([field]) => sdn[field] !== '').map(([field, type]) => ({ type, value: sdn[field] })),
  };
}

/** The rows of an added or changed entry, validated as the CSV rows are, or why they cannot be. */
export function rowsOfDeltaEntity(e: OfacDeltaEntity): EntryRows | { error: string } {
  const type = CSV_TYPES.get(e.entityType.toLowerCase());
  if (type === undefined) return { error: `entity ${e.id}: entityType ${JSON.stringify(e.entityType)} is not Individual, Entity, Vessel or Aircraft` };
  const feature = (name: string) => e.features.find((f) => f.type.toLowerCase() === name.toLowerCase())?.value ?? '';
  const vessel = VESSEL_FEATURES.map(([, name]) => feature(name));
  const sdn = sdnRowFromFields([e.id, e.primaryName, type, e.programs.join('] ['), e.title, ...vessel, e.remarks], 0);
  if ('error' in sdn) return { error: `entity ${e.id}: ${sdn.error}` };
  const alt: AltRow[] = [];
  for (const a of e.aliases) {
    const row = altRowFromFields([e.id, a.id, CSV_ALIAS_TYPES.get(a.aliasType) ?? a.aliasType, a.name, a.remarks], 0);
    if ('error' in row) return { error: `entity ${e.id}: ${row.error}` };
    alt.push(row);
  }
  const add: AddRow[] = [];
  for (const a of e.addresses) {
    const row = addRowFromFields([e.id, a.id, a.addressLine, a.cityStateZip, a.country, a.remarks], 0);
    if ('error' in row) return { error: `entity ${e.id}: ${row.error}` };
    add.push(row);
  }
  return { sdn, alt, add };
}

const byEntNum = (a: SdnRow, b: SdnRow) => Number(a.entNum) - Number(b.entNum);

/**
 * The rows after one publication's changes. Throws OfacDeltaError when a change does not fit the rows (the rows
 * are then not the publication the change file follows) or a record is not valid; `rows` is left as it was.
 */
export function applyOfacDelta(rows: OfacSet, changes: readonly OfacDeltaEntity[]): OfacSet {
  const sdn = new Map(rows.sdn.map((r) => [r.entNum, r]));
  const touched = new Set<string>();
  const alt: AltRow[] = [];
  const add: AddRow[] = [];
  for (const e of changes) {
    const there = sdn.has(e.id);
    if (e.action === 'add' && there) throw new OfacDeltaError(`entity ${e.id} is added, but the installed list has it already`);
    if (e.action !== 'add' && !there) throw new OfacDeltaError(`entity ${e.id} is ${e.action === 'remove' ? 'removed' : 'changed'}, but the installed list does not have it`);
    touched.add(e.id);
    sdn.delete(e.id);
    if (e.action === 'remove') continue;
    const r = rowsOfDeltaEntity(e);
    if ('error' in r) throw new OfacDeltaError(r.error);
    sdn.set(e.id, r.sdn);
    alt.push(...r.alt);
    add.push(...r.add);
  }
  // Each file is in entry-number order, as OFAC's are; an entry's own aliases and addresses keep the file's order.
  return {
    sdn: [...sdn.values()].sort(byEntNum),
    alt: [...rows.alt.filter((r) => !touched.has(r.entNum)), ...alt],
    add: [...rows.add.filter((r) => !touched.has(r.entNum)), ...add],
  };
}

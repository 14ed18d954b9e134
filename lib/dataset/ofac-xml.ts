// OFAC's SDN list from SDN.XML entries (lib/sources/ofac-sdn-xml.ts) as Entities, the same Entities the legacy CSV
// set gives (lib/dataset/ofac.ts) wherever the two files carry the same data: an entry becomes the sdn.csv row,
// alt.csv aliases and add.csv addresses it would have been, and goes through the CSV importer's own sdnEntity.
// What SDN.XML states in lists (birth dates, places, nationalities, documents, weak a.k.a.s) sdn.csv prints in its
// remarks; those are read with the importer's parsers too, so one table of dates and identifier kinds serves both.

import type { Entity, EntityName, Identifier } from './format';
import { buildOfacEntities, parseOfacDate, parseRemarks, sdnEntity, type AddRow, type AltRow, type SdnRow } from './ofac';
import type { ImportResult } from './problems';
import { SdnXmlReader, type SdnXmlEntry, type SdnXmlId, type SdnXmlPublication } from '../sources/ofac-sdn-xml';
import { XmlError } from './xml';
import { pushUnique } from './push-unique';

/** sdn.csv and alt.csv write a name `LAST, First`, or the last name alone (entities, vessels). */
function fullName(lastName: string, firstName: string): string {
  return firstName ? `${lastName}, ${firstName}` : lastName;
}

/** The sdn.csv row, alt.csv and add.csv rows an entry would have been; weak a.k.a.s are not alt.csv's. */
function csvRows(e: SdnXmlEntry): { row: SdnRow; alt: AltRow[]; add: AddRow[] } {
  const v = e.vesselInfo;
  const row: SdnRow = {
    line: 0,
    entNum: e.uid,
    name: fullName(e.lastName, e.firstName),
    type: e.sdnType,
    programs: e.programs,
    title: e.title,
    callSign: v?.callSign ?? '',
    vesselType: v?.vesselType ?? '',
    tonnage: v?.tonnage ?? '',
    grt: v?.grossRegisteredTonnage ?? '',
    vesselFlag: v?.vesselFlag ?? '',
    vesselOwner: v?.vesselOwner ?? '',
    remarks: e.remarks,
  };
  const alt: AltRow[] = e.akas
    .filter((a) => a.category === 'strong' && a.lastName !== '')
    .map((a) => ({ line: 0, entNum: e.uid, altNum: a.uid, altType: a.type.replace(/\./g, ''), altName: fullName(a.lastName, a.firstName), remarks: '' }));
  const add: AddRow[] = e.addresses.map((a) => ({
    line: 0, entNum: e.uid, addNum: a.uid, address: [a.address1, a.address2, a.address3].filter(Boolean).join(', '),
    cityStateZip: [a.city, a.stateOrProvince, a.postalCode].filter(Boolean).join(', '), country: a.country, remarks: '',
  }));
  return { row, alt, add };
}

/** An id item as sdn.csv prints it in remarks (`Passport M-110522 (India)`), read by the same parser. */
function identifier(id: SdnXmlId): Identifier | undefined {
  if (!id.idType || !id.idNumber) return undefined;
  return parseRemarks(`${id.idType} ${id.idNumber}${id.idCountry ? ` (${id.idCountry})` : ''}`).identifiers[0];
}

/**
 * Adds what SDN.XML lists to the Entity sdnEntity made from the row: in the order sdn.csv's remarks print them
 * (documents before the call sign sdnEntity adds last, weak names after alt.csv's), without repeats.
 */
function addListed(entity: Entity, e: SdnXmlEntry): Entity {
  const birthDates: string[] = [];
  for (const d of e.datesOfBirth) {
    const iso = parseOfacDate(d.dateOfBirth);
    if (iso) pushUnique(birthDates, iso);
  }
  for (const d of entity.birthDates) pushUnique(birthDates, d);
  const birthPlaces: string[] = [];
  for (const p of [...e.placesOfBirth.map((x) => x.placeOfBirth), ...entity.birthPlaces]) pushUnique(birthPlaces, p);
  const nationalities: string[] = [];
  for (const n of [...e.nationalities, ...e.citizenships].map((x) => x.country)) pushUnique(nationalities, n);
  for (const n of entity.nationalities) pushUnique(nationalities, n);
  const identifiers: Identifier[] = [];
  for (const id of e.ids) {
    const i = identifier(id);
    if (i) identifiers.push(i);
  }
  const names: EntityName[] = [...entity.names];
  for (const a of e.akas) {
    const name = fullName(a.lastName, a.firstName);
    if (a.category === 'weak' && a.lastName !== '' && !names.some((n) => n.name === name)) names.push({ name, type: 'weak' });
  }
  // A document the remarks repeat (should SDN.XML's remarks ever print one its idList holds) is kept once.
  const listed = new Set(identifiers.map((i) => JSON.stringify(i)));
  for (const i of entity.identifiers) if (!listed.has(JSON.stringify(i))) identifiers.push(i);
  return { ...entity, names, birthDates, birthPlaces, nationalities, identifiers };
}

/** One SDN.XML entry as an Entity; its `links` carry names only, as sdnEntity's do (the caller resolves them). */
export function sdnXmlEntity(e: SdnXmlEntry): Entity {
  const { row, alt, add } = csvRows(e);
  return addListed(sdnEntity(row, alt, add), e);
}

/**
 * Every entry of a whole SDN.XML as Entities, with "Linked To" names resolved as buildOfacEntities resolves them
 * (for the builder and tests; the worker feeds SdnXmlReader itself). A file that is not well-formed gives no
 * records, only the problem: a list is taken whole or not at all.
 */
export function parseSdnXml(text: string, file: string): ImportResult<Entity> & { publication: SdnXmlPublication } {
  const reader = new SdnXmlReader(file);
  const entries: SdnXmlEntry[] = [];
  try {
    entries.push(...reader.write(text));
    entries.push(...reader.close());
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    return { records: [], problems: [...reader.problems, { file, line: 0, message: err.message }], publication: reader.publication };
  }
  const rows = entries.map(csvRows);
  const built = buildOfacEntities({ sdn: rows.map((r) => r.row), alt: rows.flatMap((r) => r.alt), add: rows.flatMap((r) => r.add) });
  const records = built.records.map((entity, i) => addListed(entity, entries[i]));
  return { records, problems: [...reader.problems, ...built.problems], publication: reader.publication };
}

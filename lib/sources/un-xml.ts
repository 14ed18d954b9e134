// The UN Security Council consolidated list as the UN publishes it (consolidated.xml), read chunk by chunk into
// typed records: the builder and the service worker feed it a 2–30 MB file without ever holding it whole.
// Values are the file's text, trimmed, '' when absent; what a value means for an Entity is lib/dataset/un.ts's job.

import { XmlError, XmlRecordReader, closeSayingCutShort, childText, children, type XmlElement } from '../dataset/xml';

export interface UnAlias {
  /** "Good", "Low" (too vague to identify anyone alone) or "f.k.a."; '' when the file gives none. */
  quality: string;
  name: string;
  dateOfBirth: string;
  cityOfBirth: string;
  countryOfBirth: string;
  note: string;
}

export interface UnAddress {
  street: string;
  city: string;
  stateProvince: string;
  zipCode: string;
  country: string;
  note: string;
}

export interface UnDateOfBirth {
  /** EXACT, APPROXIMATELY, BETWEEN. */
  typeOfDate: string;
  date: string;
  year: string;
  fromYear: string;
  toYear: string;
  note: string;
}

export interface UnPlaceOfBirth {
  street: string;
  city: string;
  stateProvince: string;
  country: string;
  note: string;
}

export interface UnDocument {
  type: string;
  type2: string;
  number: string;
  issuingCountry: string;
  dateOfIssue: string;
  cityOfIssue: string;
  countryOfIssue: string;
  note: string;
}

interface UnRecordFields {
  dataId: string;
  versionNum: string;
  /** FIRST_NAME … FOURTH_NAME; an entity's whole name is its FIRST_NAME. */
  firstName: string;
  secondName: string;
  thirdName: string;
  fourthName: string;
  /** The sanctions regime (DRC, Al-Qaida, …). */
  unListType: string;
  /** The UN reference number (CDi.001): the record's stable reference. */
  referenceNumber: string;
  /** As written, `2005-11-01` (some files add a time). */
  listedOn: string;
  nameOriginalScript: string;
  comments: string;
  /** The VALUEs of each list element, trimmed, empty ones left out. */
  titles: string[];
  designations: string[];
  nationalities: string[];
  listTypes: string[];
  lastDayUpdated: string[];
  aliases: UnAlias[];
  addresses: UnAddress[];
}

export interface UnIndividual extends UnRecordFields {
  type: 'INDIVIDUAL';
  gender: string;
  datesOfBirth: UnDateOfBirth[];
  placesOfBirth: UnPlaceOfBirth[];
  documents: UnDocument[];
}

export interface UnEntity extends UnRecordFields {
  type: 'ENTITY';
}

export type UnRecord = UnIndividual | UnEntity;

const ROOT = 'CONSOLIDATED_LIST';
const SECTION_OF = { INDIVIDUAL: 'INDIVIDUALS', ENTITY: 'ENTITIES' } as const;

function values(el: XmlElement, name: string): string[] {
  return children(el, name).flatMap((c) => children(c, 'VALUE').map((v) => v.text.trim())).filter((v) => v !== '');
}

function texts<K extends string>(el: XmlElement, fields: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(fields) as K[]) out[key] = childText(el, fields[key]);
  return out;
}

const ALIAS = { quality: 'QUALITY', name: 'ALIAS_NAME', dateOfBirth: 'DATE_OF_BIRTH', cityOfBirth: 'CITY_OF_BIRTH', countryOfBirth: 'COUNTRY_OF_BIRTH', note: 'NOTE' };
const ADDRESS = { street: 'STREET', city: 'CITY', stateProvince: 'STATE_PROVINCE', zipCode: 'ZIP_CODE', country: 'COUNTRY', note: 'NOTE' };
const DATE_OF_BIRTH = { typeOfDate: 'TYPE_OF_DATE', date: 'DATE', year: 'YEAR', fromYear: 'FROM_YEAR', toYear: 'TO_YEAR', note: 'NOTE' };
const PLACE_OF_BIRTH = { street: 'STREET', city: 'CITY', stateProvince: 'STATE_PROVINCE', country: 'COUNTRY', note: 'NOTE' };
const DOCUMENT = {
  type: 'TYPE_OF_DOCUMENT', type2: 'TYPE_OF_DOCUMENT2', number: 'NUMBER', issuingCountry: 'ISSUING_COUNTRY',
  dateOfIssue: 'DATE_OF_ISSUE', cityOfIssue: 'CITY_OF_ISSUE', countryOfIssue: 'COUNTRY_OF_ISSUE', note: 'NOTE',
};

/** One <INDIVIDUAL> or <ENTITY> element as a typed record. */
export function unRecord(el: XmlElement): UnRecord {
  const person = el.name === 'INDIVIDUAL';
  const fields: UnRecordFields = {
    dataId: childText(el, 'DATAID'),
    versionNum: childText(el, 'VERSIONNUM'),
    firstName: childText(el, 'FIRST_NAME'),
    secondName: childText(el, 'SECOND_NAME'),
    thirdName: childText(el, 'THIRD_NAME'),
    fourthName: childText(el, 'FOURTH_NAME'),
    unListType: childText(el, 'UN_LIST_TYPE'),
    referenceNumber: childText(el, 'REFERENCE_NUMBER'),
    listedOn: childText(el, 'LISTED_ON'),
    nameOriginalScript: childText(el, 'NAME_ORIGINAL_SCRIPT'),
    comments: childText(el, 'COMMENTS1'),
    titles: values(el, 'TITLE'),
    designations: values(el, 'DESIGNATION'),
    nationalities: values(el, 'NATIONALITY'),
    listTypes: values(el, 'LIST_TYPE'),
    lastDayUpdated: values(el, 'LAST_DAY_UPDATED'),
    aliases: children(el, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS').map((a) => texts(a, ALIAS)),
    addresses: children(el, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS').map((a) => texts(a, ADDRESS)),
  };
  if (!person) return { type: 'ENTITY', ...fields };
  return {
    type: 'INDIVIDUAL',
    ...fields,
    gender: childText(el, 'GENDER'),
    datesOfBirth: children(el, 'INDIVIDUAL_DATE_OF_BIRTH').map((d) => texts(d, DATE_OF_BIRTH)),
    placesOfBirth: children(el, 'INDIVIDUAL_PLACE_OF_BIRTH').map((p) => texts(p, PLACE_OF_BIRTH)),
    documents: children(el, 'INDIVIDUAL_DOCUMENT').map((d) => texts(d, DOCUMENT)),
  };
}

/**
 * Reads consolidated.xml chunk by chunk: `write(chunk)` and `close()` return the records completed so far, in file
 * order. Records are the <INDIVIDUAL>s of the first <INDIVIDUALS> section and the <ENTITY>s of the first
 * <ENTITIES>; records straight under the root count only when the file has no section for their kind, which is
 * known only at its end, so those few wait until `close()`.
 * Throws XmlError, with the place, when the file is not well-formed, is cut short or is not the consolidated list.
 */
export class UnXmlReader {
  /** The root's `dateGenerated` (`2026-02-27T00:00:09.554Z`), once the root has been read. */
  dateGenerated: string | undefined;
  private readonly xml: XmlRecordReader;
  private readonly sections = { INDIVIDUALS: 0, ENTITIES: 0 };
  private readonly atRoot: UnRecord[] = [];
  private ready: UnRecord[] = [];

  constructor() {
    const { sections } = this;
    this.xml = new XmlRecordReader({
      isRecord: (name, ancestors) => {
        if (ancestors.length === 0) {
          if (name !== ROOT) throw new XmlError(`root is <${name}>, not <${ROOT}>`);
          this.dateGenerated = this.xml.root?.attrs.dateGenerated;
          return false;
        }
        if (name === 'INDIVIDUALS' || name === 'ENTITIES') {
          if (ancestors.length === 1) sections[name]++;
          return false;
        }
        if (name !== 'INDIVIDUAL' && name !== 'ENTITY') return false;
        if (ancestors.length === 1) return true;
        return ancestors.length === 2 && ancestors[1] === SECTION_OF[name] && sections[SECTION_OF[name]] === 1;
      },
      onRecord: (el, ancestors) => {
        const record = unRecord(el);
        if (ancestors.length === 1) this.atRoot.push(record);
        else this.ready.push(record);
      },
    });
  }

  write(chunk: string): UnRecord[] {
    this.xml.write(chunk);
    return this.take();
  }

  close(): UnRecord[] {
    closeSayingCutShort(this.xml);
    for (const r of this.atRoot) if (this.sections[SECTION_OF[r.type]] === 0) this.ready.push(r);
    return this.take();
  }

  private take(): UnRecord[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

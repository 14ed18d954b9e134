// OFAC's SDN list as SDN.XML (about 30 MB), read chunk by chunk into one typed record per <sdnEntry>, so the service
// worker never holds the file whole. Both namespaces OFAC has published it in are read: the old
// `http://tempuri.org/sdnList.xsd` and the Sanctions List Service's. Values are the file's text, trimmed, '' when
// absent; what they mean for an Entity is lib/dataset/ofac-xml.ts's job.

import type { ImportProblem } from '../dataset/problems';
import { XmlError, XmlRecordReader, closeSayingCutShort, child, childText, children, type XmlElement } from '../dataset/xml';

export const SDN_XML_NAMESPACES = [
  'http://tempuri.org/sdnList.xsd',
  'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML',
] as const;

export const SDN_TYPES = ['Individual', 'Entity', 'Vessel', 'Aircraft'] as const;
export type SdnType = (typeof SDN_TYPES)[number];

export interface SdnXmlAka {
  uid: string;
  /** `a.k.a.`, `f.k.a.` or `n.k.a.` */
  type: string;
  /** OFAC's own grading: a weak a.k.a. is too vague to identify anyone on its own (sdn.csv prints them in remarks). */
  category: 'strong' | 'weak';
  lastName: string;
  firstName: string;
}

export interface SdnXmlId {
  uid: string;
  /** Passport, Cedula No., Vessel Registration Identification, Gender, Secondary sanctions risk:, … */
  idType: string;
  idNumber: string;
  idCountry: string;
  issueDate: string;
  expirationDate: string;
}

export interface SdnXmlAddress {
  uid: string;
  address1: string;
  address2: string;
  address3: string;
  city: string;
  stateOrProvince: string;
  postalCode: string;
  country: string;
}

export interface SdnXmlDateOfBirth {
  uid: string;
  /** As OFAC writes it: `10 Dec 1948`, `1969`, `circa 1959`, `1959 to 1963`. */
  dateOfBirth: string;
  mainEntry: boolean;
}

export interface SdnXmlPlaceOfBirth {
  uid: string;
  placeOfBirth: string;
  mainEntry: boolean;
}

/** A nationality or a citizenship. */
export interface SdnXmlCountry {
  uid: string;
  country: string;
  mainEntry: boolean;
}

export interface SdnXmlVesselInfo {
  callSign: string;
  vesselType: string;
  vesselFlag: string;
  vesselOwner: string;
  tonnage: string;
  grossRegisteredTonnage: string;
}

export interface SdnXmlEntry {
  /** The entry's number, sdn.csv's ent_num. */
  uid: string;
  firstName: string;
  lastName: string;
  title: string;
  sdnType: SdnType;
  programs: string[];
  akas: SdnXmlAka[];
  ids: SdnXmlId[];
  addresses: SdnXmlAddress[];
  nationalities: SdnXmlCountry[];
  citizenships: SdnXmlCountry[];
  datesOfBirth: SdnXmlDateOfBirth[];
  placesOfBirth: SdnXmlPlaceOfBirth[];
  vesselInfo?: SdnXmlVesselInfo;
  remarks: string;
}

export interface SdnXmlPublication {
  /** Publish_Date as an ISO day (the file writes MM/DD/YYYY). */
  publishDate?: string;
  /** Record_Count: how many entries the file says it holds. */
  recordCount?: number;
}

const UID = /^\d+$/;

function items<T>(el: XmlElement, list: string, item: string, read: (e: XmlElement) => T): T[] {
  return children(el, list).flatMap((l) => children(l, item).map(read));
}

function texts<K extends string>(el: XmlElement, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = childText(el, k);
  return out;
}

const mainEntry = (el: XmlElement) => childText(el, 'mainEntry') === 'true';

/** `05/30/2014` → 2014-05-30, or undefined when it is not a real day in that form. */
export function sdnPublishDate(text: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [, month, day, year] = m;
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (d.getUTCMonth() !== Number(month) - 1 || d.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}

/**
 * Reads SDN.XML chunk by chunk: `write(chunk)` and `close()` return the entries completed so far, in file order.
 * `publication` holds the header once it has been read. An entry that cannot be one (no uid, no name, a uid seen
 * before) is left out and said in `problems`; so are a header that is missing or wrong and a Record_Count that is
 * not the number of <sdnEntry> elements the file holds.
 * Throws XmlError, with the place, when the file is not well-formed, is cut short or is not SDN.XML; a DOCTYPE's
 * entities are never expanded (saxes knows only XML's own five and character references).
 */
export class SdnXmlReader {
  readonly publication: SdnXmlPublication = {};
  readonly problems: ImportProblem[] = [];
  /** The root's namespace, once read. */
  namespace: string | undefined;
  private readonly xml: XmlRecordReader;
  private readonly seen = new Set<string>();
  private entries = 0;
  private lastUid = '';
  private hasHeader = false;
  private ready: SdnXmlEntry[] = [];

  constructor(private readonly file: string) {
    this.xml = new XmlRecordReader({
      isRecord: (name, ancestors) => {
        if (ancestors.length === 0) {
          this.checkRoot(name);
          return false;
        }
        return ancestors.length === 1 && (name === 'sdnEntry' || name === 'publshInformation');
      },
      onRecord: (el) => {
        if (el.name === 'publshInformation') this.readHeader(el);
        else this.readEntry(el);
      },
    });
  }

  write(chunk: string): SdnXmlEntry[] {
    this.xml.write(chunk);
    return this.take();
  }

  close(): SdnXmlEntry[] {
    closeSayingCutShort(this.xml);
    if (!this.hasHeader) this.problem('the file has no <publshInformation> (Publish_Date, Record_Count)');
    const { recordCount } = this.publication;
    if (recordCount !== undefined && recordCount !== this.entries) {
      this.problem(`Record_Count says ${recordCount} entries, the file holds ${this.entries}`);
    }
    return this.take();
  }

  private take(): SdnXmlEntry[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  private problem(message: string): void {
    this.problems.push({ file: this.file, line: 0, message });
  }

  private checkRoot(name: string): void {
    if (name !== 'sdnList') throw new XmlError(`root is <${name}>, not <sdnList>`);
    const ns = this.xml.root?.attrs.xmlns;
    if (!SDN_XML_NAMESPACES.some((n) => n === ns)) {
      throw new XmlError(`<sdnList> is in namespace ${JSON.stringify(ns ?? '')}, not one SDN.XML is published in (${SDN_XML_NAMESPACES.join(', ')})`);
    }
    this.namespace = ns;
  }

  private readHeader(el: XmlElement): void {
    this.hasHeader = true;
    const date = childText(el, 'Publish_Date');
    const publishDate = sdnPublishDate(date);
    if (publishDate) this.publication.publishDate = publishDate;
    else this.problem(`Publish_Date ${JSON.stringify(date)} is not a day written MM/DD/YYYY`);
    const count = childText(el, 'Record_Count');
    if (UID.test(count)) this.publication.recordCount = Number(count);
    else this.problem(`Record_Count ${JSON.stringify(count)} is not a number`);
  }

  private readEntry(el: XmlElement): void {
    this.entries++;
    const uid = childText(el, 'uid');
    if (!UID.test(uid)) {
      const place = `sdnEntry no. ${this.entries}${this.lastUid ? ` (after entry ${this.lastUid})` : ''}`;
      this.problem(uid ? `${place}: uid ${JSON.stringify(uid)} is not a number, the entry is left out` : `${place} has no uid, it is left out`);
      return;
    }
    const where = `entry ${uid}`;
    this.lastUid = uid;
    if (this.seen.has(uid)) {
      this.problem(`${where} appears twice; the first is kept`);
      return;
    }
    this.seen.add(uid);
    const lastName = childText(el, 'lastName');
    if (!lastName) {
      this.problem(`${where} has no lastName (its name), it is left out`);
      return;
    }
    const type = childText(el, 'sdnType');
    let sdnType: SdnType = 'Entity';
    if (SDN_TYPES.some((t) => t === type)) sdnType = type as SdnType;
    else this.problem(`${where}: sdnType ${JSON.stringify(type)} is not one of ${SDN_TYPES.join(', ')}; read as Entity`);

    const akas = items(el, 'akaList', 'aka', (a): SdnXmlAka => {
      const category = childText(a, 'category');
      // Files before the grading have no category: their a.k.a.s were sdn.csv's alt.csv names, all strong.
      if (category !== '' && category !== 'strong' && category !== 'weak') {
        this.problem(`${where}: a.k.a. ${childText(a, 'uid')} has category ${JSON.stringify(category)}; read as weak`);
      }
      return {
        uid: childText(a, 'uid'),
        type: childText(a, 'type'),
        category: category === 'strong' || category === '' ? 'strong' : 'weak',
        lastName: childText(a, 'lastName'),
        firstName: childText(a, 'firstName'),
      };
    });
    const vessel = child(el, 'vesselInfo');
    const entry: SdnXmlEntry = {
      uid,
      firstName: childText(el, 'firstName'),
      lastName,
      title: childText(el, 'title'),
      sdnType,
      programs: items(el, 'programList', 'program', (p) => p.text.trim()).filter((p) => p !== ''),
      akas,
      ids: items(el, 'idList', 'id', (i) => texts(i, ['uid', 'idType', 'idNumber', 'idCountry', 'issueDate', 'expirationDate'])),
      addresses: items(el, 'addressList', 'address', (a) => texts(a, ['uid', 'address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country'])),
      nationalities: items(el, 'nationalityList', 'nationality', (n) => ({ uid: childText(n, 'uid'), country: childText(n, 'country'), mainEntry: mainEntry(n) })),
      citizenships: items(el, 'citizenshipList', 'citizenship', (n) => ({ uid: childText(n, 'uid'), country: childText(n, 'country'), mainEntry: mainEntry(n) })),
      datesOfBirth: items(el, 'dateOfBirthList', 'dateOfBirthItem', (d) => ({ uid: childText(d, 'uid'), dateOfBirth: childText(d, 'dateOfBirth'), mainEntry: mainEntry(d) })),
      placesOfBirth: items(el, 'placeOfBirthList', 'placeOfBirthItem', (p) => ({ uid: childText(p, 'uid'), placeOfBirth: childText(p, 'placeOfBirth'), mainEntry: mainEntry(p) })),
      remarks: childText(el, 'remarks'),
    };
    if (vessel) entry.vesselInfo = texts(vessel, ['callSign', 'vesselType', 'vesselFlag', 'vesselOwner', 'tonnage', 'grossRegisteredTonnage']);
    this.ready.push(entry);
  }
}

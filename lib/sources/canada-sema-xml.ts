// Canada's Consolidated Autonomous Sanctions List (Special Economic Measures Act and Justice for Victims of Corrupt
// Foreign Officials Act) as Global Affairs Canada publishes it in XML: `<data-set>` of flat `<record>`s, read chunk
// by chunk into typed records. Values are the file's text, trimmed, '' when absent; what a value means for an
// Entity is lib/dataset/canada.ts's job.

import { XmlError, XmlRecordReader, closeSayingCutShort, childText, type XmlElement } from '../dataset/xml';

export interface CanadaSemaRecord {
  /** The regulation's country or theme, English / French: "Russia / Russie", "Justice for Victims … (JVCFOR) / …". */
  country: string;
  lastName: string;
  givenName: string;
  /** An entity's or a ship's name (a person's record has LastName and GivenName instead). */
  entityOrShip: string;
  /** A person's title, or a ship's type. */
  titleOrShip: string;
  shipImoNumber: string;
  /** As written: `1954-08-30`, `1972`, `1955-11`, and now and then words ("1963 or 1964"). */
  dateOfBirthOrShipBuildDate: string;
  /** The schedule and part of the regulation ("1, Part 1"); '' for some. */
  schedule: string;
  item: string;
  /** `YYYY-MM-DD`. */
  dateOfListing: string;
  /** Other names and spellings in one text, separated by ';' or ',', some labelled ("Russian: …"). */
  aliases: string;
}

const ROOT = 'data-set';
const FIELDS = {
  country: 'Country', lastName: 'LastName', givenName: 'GivenName', entityOrShip: 'EntityOrShip', titleOrShip: 'TitleOrShip',
  shipImoNumber: 'ShipIMONumber', dateOfBirthOrShipBuildDate: 'DateOfBirthOrShipBuildDate', schedule: 'Schedule', item: 'Item',
  dateOfListing: 'DateOfListing', aliases: 'Aliases',
} as const;

export function canadaSemaRecord(el: XmlElement): CanadaSemaRecord {
  const out = {} as CanadaSemaRecord;
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) out[key] = childText(el, FIELDS[key]).replace(/\s+/g, ' ').trim();
  return out;
}

/**
 * Reads the list chunk by chunk: `write(chunk)` and `close()` return the records completed so far, in file order.
 * Throws XmlError, with the place, when the file is not well-formed, is cut short or is not this list.
 */
export class CanadaSemaXmlReader {
  private readonly xml: XmlRecordReader;
  private ready: CanadaSemaRecord[] = [];

  constructor() {
    this.xml = new XmlRecordReader({
      isRecord: (name, ancestors) => {
        if (ancestors.length === 0) {
          if (name !== ROOT) throw new XmlError(`root is <${name}>, not <${ROOT}>`);
          return false;
        }
        return ancestors.length === 1 && name === 'record';
      },
      onRecord: (el) => this.ready.push(canadaSemaRecord(el)),
    });
  }

  write(chunk: string): CanadaSemaRecord[] {
    this.xml.write(chunk);
    return this.take();
  }

  close(): CanadaSemaRecord[] {
    closeSayingCutShort(this.xml);
    return this.take();
  }

  private take(): CanadaSemaRecord[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

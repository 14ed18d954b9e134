import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadPieces } from './download-pieces';
import { XmlError } from '../../lib/dataset/xml';
import { SdnXmlReader, sdnPublishDate, type SdnXmlEntry } from '../../lib/sources/ofac-sdn-xml';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/ofac-xml', name), 'utf8');
const old2014 = fixture('sdn_xml_2014-05-30.excerpt.xml');
const sls2026 = fixture('sdn_xml_2026-08-07.real-derived.xml');


function read(parts: string[]) {
  const reader = new SdnXmlReader('SDN.XML');
  const entries: SdnXmlEntry[] = [];
  for (const p of parts) entries.push(...reader.write(p));
  entries.push(...reader.close());
  return { entries, publication: reader.publication, problems: reader.problems, namespace: reader.namespace };
}

/** The 2026 file with its header and one entry swapped for `entry`. */
const withEntry = (entry: string) => sls2026.replace(/<sdnEntry>\s*<uid>36<\/uid>[\s\S]*?<\/sdnEntry>/, entry);

describe('SDN.XML in the old namespace (30 May 2014)', () => {
  const { entries, publication, problems, namespace } = read([old2014]);

  it('reads the header, with the publish day as ISO', () => {
    expect(namespace).toBe('http://tempuri.org/sdnList.xsd');
    expect(publication).toEqual({ publishDate: '2014-05-30', recordCount: 5931 });
  });

  it('reads the five real entries with their aliases, programs and addresses', () => {
    expect(entries.map((e) => e.uid)).toEqual(['10', '15', '25', '36', '39']);
    expect(entries[0]).toMatchObject({
      lastName: 'ABASTECEDORA NAVAL Y INDUSTRIAL, S.A.', firstName: '', sdnType: 'Entity', programs: ['CUBA'],
      akas: [{ uid: '4', type: 'a.k.a.', category: 'strong', lastName: 'ANAINSA', firstName: '' }],
    });
    expect(entries[1]).toMatchObject({ firstName: 'Nury de Jesus', lastName: 'ABDELNUR', sdnType: 'Individual' });
    expect(entries[2].addresses).toEqual([
      { uid: '16', address1: '171 Old Bakery Street', address2: '', address3: '', city: 'Valletta', stateOrProvince: '', postalCode: '', country: 'Malta' },
    ]);
  });

  it('says the excerpt holds fewer entries than its Record_Count', () => {
    expect(problems.map((p) => p.message)).toEqual(['Record_Count says 5931 entries, the file holds 5']);
  });
});

describe('SDN.XML in the Sanctions List Service namespace (7 Aug 2026)', () => {
  const { entries, publication, problems, namespace } = read([sls2026]);
  const byUid = new Map(entries.map((e) => [e.uid, e]));

  it('reads the header and every entry without a problem', () => {
    expect(namespace).toBe('https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML');
    expect(publication).toEqual({ publishDate: '2026-08-07', recordCount: 5 });
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.uid} ${e.sdnType}`)).toEqual(['36 Entity', '2674 Individual', '4238 Vessel', '9758 Individual', '6944 Individual']);
  });

  it('reads Dawood Ibrahim (9758): programs, passport, nationality and citizenships, birth', () => {
    const d = byUid.get('9758');
    expect(d).toMatchObject({ firstName: 'Dawood', lastName: 'IBRAHIM', programs: ['SDNTK', 'SDGT'] });
    expect(d?.ids).toEqual([{ uid: '4263', idType: 'Passport', idNumber: 'M-110522', idCountry: 'India', issueDate: '13 Nov 1978', expirationDate: '' }]);
    expect(d?.nationalities).toEqual([{ uid: '4801', country: 'India', mainEntry: true }]);
    expect(d?.citizenships.map((c) => [c.country, c.mainEntry])).toEqual([['India', true], ['Pakistan', false], ['United Arab Emirates', false]]);
    expect(d?.datesOfBirth).toEqual([{ uid: '4795', dateOfBirth: '26 Dec 1955', mainEntry: true }]);
    expect(d?.placesOfBirth).toEqual([{ uid: '4797', placeOfBirth: 'Ratnagiri, Maharashtra, India', mainEntry: true }]);
    expect(d?.addresses[0]).toMatchObject({ address1: '617 CP Berar Society, Block 7-8', city: 'Karachi', country: 'Pakistan' });
  });

  it('reads a title, an id that is not a document, and a vessel', () => {
    expect(byUid.get('2674')).toMatchObject({ title: 'Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION' });
    expect(byUid.get('2674')?.ids[0]).toMatchObject({ idType: 'Secondary sanctions risk:', idNumber: 'section 1(b) of Executive Order 13224' });
    expect(byUid.get('4238')?.vesselInfo).toEqual({ callSign: 'CL2192', vesselType: 'Tug', vesselFlag: 'Cuba', vesselOwner: '', tonnage: '', grossRegisteredTonnage: '' });
    expect(byUid.get('36')?.vesselInfo).toBeUndefined();
  });

  it('gives identical entries whether the file comes in 1-byte, 7-byte or whole chunks', () => {
    const whole = read([sls2026]);
    expect(read(downloadPieces(sls2026, 1))).toEqual(whole);
    expect(read(downloadPieces(sls2026, 7))).toEqual(whole);
    expect(read(downloadPieces(old2014, 1))).toEqual(read([old2014]));
    expect(read(downloadPieces(old2014, 7))).toEqual(read([old2014]));
  });

  it('hands each entry over as its end tag arrives', () => {
    const reader = new SdnXmlReader('SDN.XML');
    const cut = sls2026.indexOf('</sdnEntry>') + '</sdnEntry>'.length;
    expect(reader.write(sls2026.slice(0, cut)).map((e) => e.uid)).toEqual(['36']);
    expect(reader.publication.publishDate).toBe('2026-08-07');
    expect(reader.write(sls2026.slice(cut)).map((e) => e.uid)).toEqual(['2674', '4238', '9758', '6944']);
  });
});

describe('SDN.XML that is broken or hostile', () => {
  it('says a cut-short file is cut short, and where', () => {
    const reader = new SdnXmlReader('SDN.XML');
    const entries = reader.write(sls2026.slice(0, sls2026.indexOf('<lastName>IBRAHIM') + 14));
    expect(entries.map((e) => e.uid)).toEqual(['36', '2674', '4238']);
    expect(() => reader.close()).toThrow(XmlError);
    const again = new SdnXmlReader('SDN.XML');
    again.write(sls2026.slice(0, sls2026.indexOf('<lastName>IBRAHIM') + 14));
    expect(() => again.close()).toThrow(/^the file is cut short: it ends at line \d+, column \d+, inside <lastName>$/);
  });

  it('leaves out an entry without a uid, saying which one', () => {
    const { entries, problems } = read([withEntry('<sdnEntry><lastName>NO UID</lastName><sdnType>Entity</sdnType></sdnEntry>')]);
    expect(entries.map((e) => e.uid)).toEqual(['2674', '4238', '9758', '6944']);
    expect(problems.map((p) => p.message)).toEqual(['sdnEntry no. 1 has no uid, it is left out']);
    const later = read([sls2026.replace('<uid>4238</uid>', '')]);
    expect(later.problems.map((p) => p.message)).toEqual(['sdnEntry no. 3 (after entry 2674) has no uid, it is left out']);
  });

  it('reports a uid that is no number, a repeated uid, a missing name and an unknown type', () => {
    const { entries, problems } = read([
      sls2026
        .replace('<uid>36</uid>', '<uid>36x</uid>')
        .replace('<uid>4238</uid>', '<uid>2674</uid>')
        .replace('<lastName>AL-SHARIF</lastName>', '')
        .replace('<sdnType>Individual</sdnType>', '<sdnType>Person</sdnType>'),
    ]);
    expect(entries.map((e) => e.uid)).toEqual(['2674', '9758']);
    expect(entries[0].sdnType).toBe('Entity');
    expect(problems.map((p) => p.message)).toEqual([
      'sdnEntry no. 1: uid "36x" is not a number, the entry is left out',
      'entry 2674: sdnType "Person" is not one of Individual, Entity, Vessel, Aircraft; read as Entity',
      'entry 2674 appears twice; the first is kept',
      'entry 6944 has no lastName (its name), it is left out',
    ]);
  });

  it('never expands the entities a DOCTYPE declares', () => {
    const bomb = '<!DOCTYPE sdnList [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const hostile = sls2026.replace('<sdnList ', `${bomb}\n<sdnList `).replace('<lastName>MAR AZUL</lastName>', '<lastName>&c;</lastName>');
    const reader = new SdnXmlReader('SDN.XML');
    const seen: SdnXmlEntry[] = [];
    expect(() => {
      for (const part of downloadPieces(hostile, 64)) seen.push(...reader.write(part));
    }).toThrow(/^line \d+, column \d+: undefined entity\.$/);
    expect(seen.map((e) => e.uid)).toEqual(['36', '2674']);
    expect(JSON.stringify(seen)).not.toContain('AAAA');
  });

  it('refuses a document that is not SDN.XML, or in another namespace', () => {
    expect(() => new SdnXmlReader('f').write('<CONSOLIDATED_LIST/>')).toThrow('root is <CONSOLIDATED_LIST>, not <sdnList>');
    expect(() => new SdnXmlReader('f').write('<sdnList xmlns="urn:other">')).toThrow(/^<sdnList> is in namespace "urn:other", not one SDN\.XML is published in/);
    expect(() => new SdnXmlReader('f').write('<sdnList>')).toThrow(/namespace ""/);
  });

  it('reports a header that is missing or wrong', () => {
    const noHeader = read([sls2026.replace(/<publshInformation>[\s\S]*?<\/publshInformation>/, '')]);
    expect(noHeader.problems.map((p) => p.message)).toEqual(['the file has no <publshInformation> (Publish_Date, Record_Count)']);
    const badDate = read([sls2026.replace('08/07/2026', '2026-08-07').replace('<Record_Count>5<', '<Record_Count>five<')]);
    expect(badDate.publication).toEqual({});
    expect(badDate.problems.map((p) => p.message)).toEqual([
      'Publish_Date "2026-08-07" is not a day written MM/DD/YYYY',
      'Record_Count "five" is not a number',
    ]);
  });

  it('turns MM/DD/YYYY into an ISO day and refuses days that do not exist', () => {
    expect(sdnPublishDate('05/30/2014')).toBe('2014-05-30');
    expect(sdnPublishDate('02/30/2026')).toBeUndefined();
    expect(sdnPublishDate('30/05/2014')).toBeUndefined();
  });
});

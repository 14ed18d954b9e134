import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadPieces } from './download-pieces';
import { XmlError } from '../../lib/dataset/xml';
import { UnXmlReader, type UnRecord } from '../../lib/sources/un-xml';

const sample = readFileSync(join(__dirname, '../fixtures/un/UN_consolidated_2026-02-27.sample.xml'), 'utf8');


function read(parts: string[]): { records: UnRecord[]; dateGenerated?: string } {
  const reader = new UnXmlReader();
  const records: UnRecord[] = [];
  for (const p of parts) records.push(...reader.write(p));
  records.push(...reader.close());
  return { records, dateGenerated: reader.dateGenerated };
}

describe('the UN consolidated list, read chunk by chunk', () => {
  const whole = read([sample]);

  it('reads the real records with their fields and the date the file was generated', () => {
    expect(whole.dateGenerated).toBe('2026-02-27T00:00:09.554Z');
    expect(whole.records.map((r) => `${r.type} ${r.referenceNumber}`)).toEqual([
      'INDIVIDUAL CDi.002', 'INDIVIDUAL IRi.003', 'INDIVIDUAL IRi.041', 'INDIVIDUAL CDi.030', 'ENTITY CDe.001', 'ENTITY IQe.197',
    ]);
    const frank = whole.records[0];
    expect(frank).toMatchObject({
      type: 'INDIVIDUAL', dataId: '6907994', firstName: 'FRANK KAKOLELE', secondName: 'BWAMBALE', unListType: 'DRC',
      listedOn: '2005-11-01', gender: 'Male', designations: ['FARDC General'], nationalities: ['Democratic Republic of the Congo'],
      listTypes: ['UN List'], lastDayUpdated: ['2016-10-13'],
    });
    expect(frank.aliases.map((a) => a.name)).toEqual(['FRANK KAKORERE', 'FRANK KAKORERE BWAMBALE', 'AIGLE BLANC']);
    expect(frank.addresses).toEqual([{ street: '', city: 'Kinshasa', stateProvince: '', zipCode: '', country: 'Democratic Republic of the Congo', note: 'as of June 2016' }]);
    const bosco = whole.records[3];
    expect(bosco.type === 'INDIVIDUAL' && bosco.datesOfBirth).toEqual([{ typeOfDate: 'BETWEEN', date: '', year: '', fromYear: '1973', toYear: '1974', note: '' }]);
    expect(bosco.aliases.find((a) => a.name === 'Tango Romeo')).toMatchObject({ quality: 'Low', note: 'Call sign' });
    expect(whole.records[5]).toMatchObject({ type: 'ENTITY', firstName: 'AL WASEL AND BABEL GENERAL TRADING LLC', listedOn: '2004-04-26' });
  });

  it('gives identical records whether the file comes in 1-byte, 7-byte or whole chunks', () => {
    expect(read(downloadPieces(sample, 1))).toEqual(whole);
    expect(read(downloadPieces(sample, 7))).toEqual(whole);
  });

  it('hands records over as their end tags arrive, not all at the end', () => {
    const reader = new UnXmlReader();
    const cut = sample.indexOf('</INDIVIDUAL>') + '</INDIVIDUAL>'.length;
    expect(reader.write(sample.slice(0, cut)).map((r) => r.referenceNumber)).toEqual(['CDi.002']);
    expect(reader.write(sample.slice(cut))).toHaveLength(5);
    expect(reader.close()).toEqual([]);
  });

  it('says a cut-short file is cut short, and where', () => {
    const reader = new UnXmlReader();
    reader.write(sample.slice(0, sample.indexOf('<ENTITIES>') + 200));
    expect(() => reader.close()).toThrow(XmlError);
    const again = new UnXmlReader();
    again.write(sample.slice(0, sample.indexOf('<ENTITIES>') + 200));
    expect(() => again.close()).toThrow(/^the file is cut short: it ends at line \d+, column \d+, inside <\w+>$/);
  });

  it('refuses another document as the consolidated list', () => {
    expect(() => new UnXmlReader().write('<sdnList></sdnList>')).toThrow('root is <sdnList>, not <CONSOLIDATED_LIST>');
  });

  it('never expands entities a DOCTYPE declares', () => {
    const hostile = '<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
      + '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER><FIRST_NAME>&b;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>';
    const reader = new UnXmlReader();
    expect(() => reader.write(hostile)).toThrow(/undefined entity/);
  });
});

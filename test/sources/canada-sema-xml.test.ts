import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadPieces } from './download-pieces';
import { XmlError } from '../../lib/dataset/xml';
import { CanadaSemaXmlReader, type CanadaSemaRecord } from '../../lib/sources/canada-sema-xml';

const sample = readFileSync(join(__dirname, '../fixtures/canada/sema_autonomous_list_2025-05-25.sample.xml'), 'utf8');

function read(parts: string[]): CanadaSemaRecord[] {
  const reader = new CanadaSemaXmlReader();
  const records: CanadaSemaRecord[] = [];
  for (const p of parts) records.push(...reader.write(p));
  records.push(...reader.close());
  return records;
}

describe("Canada's autonomous sanctions list, read chunk by chunk", () => {
  const whole = read([sample]);

  it('reads the real records with their fields, trimmed, empty when absent', () => {
    expect(whole.map((r) => `${r.country.split(' / ')[0]} ${r.schedule} ${r.item}`)).toEqual([
      'Belarus 1, Part 1 8', 'Belarus 1, Part 1 99', 'Guatemala  1', 'Iran 1, Part 2.1 107',
      'Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)  1', 'Russia 1, Part 2 74', 'Russia 1.1 1',
    ]);
    expect(whole[0]).toEqual({
      country: 'Belarus / Bélarus', lastName: 'Lukashenko', givenName: 'Aleksandr Grigoryevich', entityOrShip: '', titleOrShip: '',
      shipImoNumber: '', dateOfBirthOrShipBuildDate: '1954-08-30', schedule: '1, Part 1', item: '8', dateOfListing: '2020-09-28', aliases: '',
    });
    expect(whole[1].givenName).toBe('Ruslan Khikmetavich');
    expect(whole[6]).toMatchObject({ entityOrShip: 'Balitiyskiy III', titleOrShip: 'General Cargo / Multi Purpose', shipImoNumber: '7612448', dateOfBirthOrShipBuildDate: '1980' });
  });

  it('gives the same records however a download cuts the bytes', () => {
    for (const size of [1, 7, 4096]) expect(read(downloadPieces(sample, size))).toEqual(whole);
  });

  it('refuses another document, and a file cut short, with a message', () => {
    expect(() => read(['<CONSOLIDATED_LIST></CONSOLIDATED_LIST>'])).toThrow(/root is <CONSOLIDATED_LIST>, not <data-set>/);
    expect(() => read([sample.slice(0, sample.length - 200)])).toThrow(XmlError);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANADA_SEMA_LIST, canadaAliases, parseCanadaSemaXml } from '../../lib/dataset/canada';
import { toEntity } from '../../lib/dataset/validate';

const sample = readFileSync(join(__dirname, '../fixtures/canada/sema_autonomous_list_2025-05-25.sample.xml'), 'utf8');
const built = parseCanadaSemaXml(sample, 'sema.xml');
const byRef = new Map(built.records.map((e) => [e.sources[0].ref, e]));

describe("Canada's autonomous sanctions list as entities", () => {
  it('maps every real record, each a valid entity with a stable id from its regulation, schedule and item', () => {
    expect(built.problems).toEqual([]);
    expect(built.records.map((e) => e.id)).toEqual([
      'ca-sema-belarus-schedule-1-part-1-item-8', 'ca-sema-belarus-schedule-1-part-1-item-99', 'ca-sema-guatemala-item-1',
      'ca-sema-iran-schedule-1-part-2-1-item-107', 'ca-sema-jvcfor-item-1', 'ca-sema-russia-schedule-1-part-2-item-74', 'ca-sema-russia-schedule-1-1-item-1',
    ]);
    for (const e of built.records) expect(toEntity(JSON.parse(JSON.stringify(e)), e.id)).toEqual(e);
  });

  it('dates the designation on the listing day, with the regulation as the program', () => {
    const lukashenko = byRef.get('Belarus, Schedule 1, Part 1, Item 8')!;
    expect(lukashenko).toMatchObject({ kind: 'person', name: 'Lukashenko, Aleksandr Grigoryevich', birthDates: ['1954-08-30'] });
    expect(lukashenko.sanctions).toEqual([{
      authority: 'Canada', list: CANADA_SEMA_LIST, program: 'Special Economic Measures Act: Belarus', status: 'active', listed: '2020-09-28',
      sourceUrl: expect.stringMatching(/^https:\/\/www\.international\.gc\.ca\//),
    }]);
    expect(lukashenko.events).toMatchObject([{ date: '2020-09-28', precision: 'day', type: 'designated', authority: 'Canada' }]);
    expect(byRef.get('JVCFOR, Item 1')!.sanctions[0].program).toBe('Justice for Victims of Corrupt Foreign Officials Act (JVCFOR)');
  });

  it('keeps birth dates the list writes as dates, both of "A or B", and no ship build year as a birth date', () => {
    expect(byRef.get('Iran, Schedule 1, Part 2.1, Item 107')!.birthDates).toEqual(['1963', '1964']);
    expect(byRef.get('Guatemala, Item 1')!.birthDates).toEqual(['1953']);
    const ship = byRef.get('Russia, Schedule 1.1, Item 1')!;
    expect(ship).toMatchObject({ kind: 'vessel', birthDates: [], identifiers: [{ type: 'IMO', value: '7612448' }], positions: [] });
  });

  it('splits the aliases text into names: other scripts as script forms, one Latin word alone as weak', () => {
    expect(byRef.get('Russia, Schedule 1, Part 2, Item 74')!.names).toEqual([
      { name: 'Sberbank', type: 'primary' },
      { name: 'Сбербанк', type: 'script' },
      { name: 'Сбер', type: 'script' },
      { name: 'Sberbank of Russia', type: 'aka' },
      { name: 'Sber', type: 'weak' },
    ]);
    expect(byRef.get('Belarus, Schedule 1, Part 1, Item 99')!.names.map((n) => `${n.type} ${n.name}`)).toEqual([
      'primary MASHADZIYEU, Ruslan Khikmetavich', 'aka Ruslan Khikmetavich MASHADZEOU', 'aka Ruslan Chikmetovič MAŠADZEV',
      'aka Mashadiyev Ruslan Khikmetovich', 'aka Ruslan Khikmetovich MASHADIYEV', 'script Руслан Хiкметовiч МАШАДЗЕЎ', 'script Руслан Хикметович МАШАДИЕВ',
    ]);
    // An organization's name may hold a comma: only ';' separates its aliases.
    expect(canadaAliases('Alpha, LLC; Beta Group', false).map((n) => n.name)).toEqual(['Alpha, LLC', 'Beta Group']);
  });
});

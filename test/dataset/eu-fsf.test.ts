import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EU_FSF_LIST_URL, euBirthDate, euCountryName, euFsfEntities, euFsfEntity } from '../../lib/dataset/eu-fsf';
import type { ImportProblem } from '../../lib/dataset/problems';
import { toEntity } from '../../lib/dataset/validate';
import { parseEuFsfXml, type EuFsfRecord } from '../../lib/sources/eu-fsf-xml';

const FILE = 'xmlFullSanctionsList_1_1.excerpt.xml';
const xml = readFileSync(join(__dirname, '../fixtures/eu-fsf', FILE), 'utf8');
const parsed = parseEuFsfXml([xml], FILE);
const { records: entities, problems } = euFsfEntities(parsed.records, parsed.header, FILE);
const entity = (id: string) => entities.find((e) => e.id === id);
const record = (id: string) => parsed.records.find((r) => r.logicalId === id) as EuFsfRecord;

function mapOne(r: EuFsfRecord) {
  const found: ImportProblem[] = [];
  return { entity: euFsfEntity(r, parsed.header, FILE, found), problems: found };
}

describe('EU FSF records as entities', () => {
  it('maps the four real entities, each passing the dataset check unchanged', () => {
    expect(problems).toEqual([]);
    expect(entities.map((e) => [e.id, e.kind, e.name])).toEqual([
      ['eu-fsf-13', 'person', 'Saddam Hussein Al-Tikriti'],
      ['eu-fsf-191', 'person', 'Khalid Sheikh MOHAMMED'],
      ['eu-fsf-980', 'organization', 'Global Relief Foundation (GRF)'],
      ['eu-fsf-330', 'organization', 'Al-Rasheed Trust'],
    ]);
    for (const e of entities) expect(toEntity(JSON.parse(JSON.stringify(e)), 'eu-fsf')).toEqual(e);
  });

  it('gives a person the birth, nationality and programme the file gives, and no listing day it does not', () => {
    expect(entity('eu-fsf-13')).toEqual({
      id: 'eu-fsf-13', kind: 'person', name: 'Saddam Hussein Al-Tikriti',
      names: [{ name: 'Saddam Hussein Al-Tikriti', type: 'primary' }, { name: 'Abu Ali', type: 'aka' }, { name: 'Abou Ali', type: 'aka' }],
      birthDates: ['1937-04-28'], birthPlaces: ['al-Awja, near Tikrit, Iraq'], nationalities: ['Iraq'], countries: [], positions: [], identifiers: [],
      sources: [{ list: 'eu-fsf', ref: '13' }],
      sanctions: [{ authority: 'EU', list: 'eu-fsf', program: 'IRQ', status: 'active', sourceUrl: EU_FSF_LIST_URL }],
      events: [],
    });
  });

  it('shows a person by the name the file splits into parts, not its misspelt first alias', () => {
    const ksm = entity('eu-fsf-191');
    expect(ksm?.name).toBe('Khalid Sheikh MOHAMMED');
    expect(ksm?.names[1]).toEqual({ name: 'Bin Khalid Fahd Bin Adballah', type: 'aka' });
    expect(ksm?.birthDates).toEqual(['1965-04-14', '1964-03-01']);
    // The passport's country is "00 UNKNOWN" in the file: none is given.
    expect(ksm?.identifiers).toEqual([{ type: 'National passport', value: '488555' }]);
    expect(ksm?.birthPlaces).toEqual(['Pakistan']);
  });

  it('dates the listing by the designation day the file gives, as a day-precision event', () => {
    const trust = entity('eu-fsf-330');
    expect(trust?.sanctions).toEqual([{ authority: 'EU', list: 'eu-fsf', program: 'TAQA', status: 'active', listed: '2001-10-06', sourceUrl: EU_FSF_LIST_URL }]);
    expect(trust?.events).toEqual([{ date: '2001-10-06', precision: 'day', type: 'designated', authority: 'EU', summary: 'Listed by the EU (TAQA, EU.522.39)', sourceUrl: EU_FSF_LIST_URL }]);
    expect(trust?.countries).toEqual(['Pakistan']);
    expect(trust?.names).toContainEqual({ name: 'Организация за подпомагане на Ulema, Пакистан', type: 'aka' });
    expect(entity('eu-fsf-980')?.countries).toEqual(['United States']);
  });

  it('never takes a regulation date for a listing day', () => {
    for (const e of entities.filter((x) => x.id !== 'eu-fsf-330')) {
      expect(e.sanctions.every((s) => s.listed === undefined)).toBe(true);
      expect(e.events).toEqual([]);
    }
  });

  it('writes approximate, partial and ranged birth dates as FORMAT.md does, and leaves out other calendars', () => {
    const base = { circa: false };
    expect(euBirthDate({ ...base, date: '1937-04-28', year: 1937, month: 4, day: 28, circa: true })).toBe('1937');
    expect(euBirthDate({ ...base, year: 1960 })).toBe('1960');
    expect(euBirthDate({ ...base, year: 1960, month: 3 })).toBe('1960-03');
    expect(euBirthDate({ ...base, year: 1960, month: 3, day: 5 })).toBe('1960-03-05');
    expect(euBirthDate({ ...base, yearRangeFrom: 1959, yearRangeTo: 1963 })).toBe('1959/1963');
    expect(euBirthDate(base)).toBeUndefined();
    const islamic = { ...record('13'), birthdates: [{ ...record('13').birthdates[0], calendarType: 'ISLAMIC' }] };
    const out = mapOne(islamic);
    expect(out.entity.birthDates).toEqual([]);
    expect(out.problems).toEqual([{ file: FILE, line: 14, message: 'EU FSF 13: a birth date in the ISLAMIC calendar is left out: our dates are Gregorian' }]);
  });

  it('makes a weak alias weak, and names countries as the other lists do', () => {
    const r = record('13');
    const weak = mapOne({ ...r, names: [...r.names, { wholeName: 'Abu Saddam', strong: false, remarks: [] }] });
    expect(weak.entity.names.at(-1)).toEqual({ name: 'Abu Saddam', type: 'weak' });
    expect(euCountryName('VE', 'VENEZUELA')).toBe('Venezuela');
    expect(euCountryName('00', 'UNKNOWN')).toBeUndefined();
    expect(euCountryName(undefined, 'Kosovo (UNSCR 1244/1999)')).toBe('Kosovo (UNSCR 1244/1999)');
  });

  it('marks a delisting that has taken effect by the file\'s day, and not one still to come', () => {
    const r = record('330');
    const past = mapOne({ ...r, delistingDate: '2026-08-01' }).entity;
    expect(past.sanctions[0]).toMatchObject({ status: 'delisted', listed: '2001-10-06', delisted: '2026-08-01' });
    expect(past.events.map((e) => [e.type, e.date])).toEqual([['designated', '2001-10-06'], ['delisted', '2026-08-01']]);
    expect(toEntity(past, 'eu-fsf')).toEqual(past);
    const future = mapOne({ ...r, delistingDate: '2027-01-01' }).entity;
    expect(future.sanctions[0].status).toBe('active');
    expect(future.events.map((e) => e.type)).toEqual(['designated']);
  });

  it('gives no listing day to one of several programmes, and says what it cannot map', () => {
    const r = record('330');
    const two = mapOne({ ...r, regulations: [...r.regulations, { ...r.regulations[0], programme: 'AFG' }] }).entity;
    expect(two.sanctions.map((s) => [s.program, s.listed])).toEqual([['TAQA', undefined], ['AFG', undefined]]);
    expect(two.events[0].summary).toBe('Listed by the EU (TAQA, AFG, EU.522.39)');
    const odd = mapOne({ ...r, subjectType: {}, regulations: [] });
    expect(odd.entity.kind).toBe('organization');
    expect(odd.entity.sanctions.map((s) => s.program)).toEqual(['EU']);
    expect(odd.problems.map((p) => p.message)).toEqual([
      'EU FSF 330: subject type "" is neither a person nor an enterprise; taken as an organization',
      'EU FSF 330: no regulation names a programme; the sanction is filed under "EU"',
    ]);
    expect(toEntity(odd.entity, 'eu-fsf')).toEqual(odd.entity);
  });
});

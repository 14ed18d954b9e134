// Changes the sync found are worded in the reader's language from their parameters; other events keep their words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityEvent } from '../../lib/dataset/format';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { eventWords } from '../../lib/i18n/event-words';

const t = (lang: string) => translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalog));
const base: EntityEvent = { date: '2024-07-02T08:24:00Z', after: '2021-05-22T22:02:00Z', precision: 'between', type: 'designated', authority: 'US OFAC', summary: 'Added to the OFAC SDN list (VENEZUELA)', list: 'us-ofac-sdn' };

describe('event words', () => {
  it('word a change in English and Spanish from its parameters', () => {
    const added = { ...base, change: 'added' as const, programs: ['VENEZUELA', 'SDGT'] };
    expect(eventWords(added, t('en'))).toBe('Added to the OFAC SDN list (VENEZUELA, SDGT)');
    expect(eventWords(added, t('es'))).toBe('Inclusión en la lista SDN de la OFAC (VENEZUELA, SDGT)');
    const moved = { ...base, type: 'program-changed' as const, change: 'programs' as const, programsBefore: ['VENEZUELA'], programs: ['VENEZUELA', 'IRAN-CON-ARMS-EO'] };
    expect(eventWords(moved, t('es'))).toBe('Programas en la lista SDN de la OFAC: VENEZUELA → VENEZUELA, IRAN-CON-ARMS-EO');
    const merged = { ...base, type: 'amended' as const, change: 'merged' as const, entries: ['35168', '31124'] };
    expect(eventWords(merged, t('en'))).toBe('Entry 35168 of the OFAC SDN list was merged into entry 31124 for the same party (not a delisting)');
    const names = { ...base, type: 'name-changed' as const, change: 'names' as const, namesAdded: ['MORENO, Maikel'], namesRemoved: ['MORENO PEREZ, M.'] };
    expect(eventWords(names, t('es'))).toBe('Nombre añadido en la lista SDN de la OFAC: MORENO, Maikel. Nombre retirado de la lista SDN de la OFAC: MORENO PEREZ, M..');
  });

  it("word the builder's events from their parameters, in nouns in Spanish that agree with any subject", () => {
    const ofac = { ...base, ref: '26367' };
    expect(eventWords({ ...ofac, programs: ['VENEZUELA-EO13850'] }, t('en'))).toBe('Listed on the OFAC SDN list (VENEZUELA-EO13850)');
    expect(eventWords({ ...ofac, programs: ['VENEZUELA-EO13850'] }, t('es'))).toBe('Inclusión en la lista SDN de la OFAC (VENEZUELA-EO13850)');
    const created = { ...ofac, date: '2007-10-25', precision: 'day' as const, programs: ['IRGC', 'SDGT'] };
    expect(eventWords(created, t('en'))).toBe("Entry created on the OFAC SDN list; the source gives the entry's programs of a later day (IRGC, SDGT), with no day for each");
    expect(eventWords(created, t('es'))).toBe('Alta de la entrada en la lista SDN de la OFAC; la fuente da los programas de la entrada en una fecha posterior (IRGC, SDGT), sin fecha para cada uno');
    expect(eventWords({ ...created, programs: ['SDGT'] }, t('es'))).toBe('Alta de la entrada en la lista SDN de la OFAC (SDGT)');
    expect(eventWords({ ...ofac, type: 'delisted', programs: ['SDNTK'] }, t('es'))).toBe('Retirada de la lista SDN de la OFAC (SDNTK)');
    expect(eventWords({ ...ofac, type: 'delisted', precision: 'day', date: '2019-05-07', programs: ['VENEZUELA'], curated: true }, t('en'))).toBe('Delisted from the OFAC SDN list (VENEZUELA)');
    expect(eventWords({ ...ofac, type: 'name-changed', namesRemoved: ['A, B'], namesAdded: ['A, C'] }, t('es'))).toBe('Cambio de nombre en la lista SDN de la OFAC: A, B → A, C');
    expect(eventWords({ ...ofac, type: 'amended', fields: ['title', 'remarks'] }, t('es'))).toBe('Modificación de la entrada en la lista SDN de la OFAC: cargo, observaciones');
    const un = { ...base, date: '2007-03-24', precision: 'day' as const, list: 'un-sc-consolidated', ref: 'IRi.039', programs: ['Iran'] };
    expect(eventWords(un, t('en'))).toBe('Listed on the UN Security Council Consolidated List (Iran)');
    expect(eventWords({ ...un, type: 'amended' }, t('es'))).toBe('Modificación de la entrada en la Lista consolidada del Consejo de Seguridad de la ONU');
    const eu = { ...base, date: '2018-01-22', precision: 'day' as const, list: 'eu-2017-2063', ref: '32017R2063/IV/5', programs: ['EU-VEN'] };
    expect(eventWords(eu, t('es'))).toBe('Inclusión en la lista de Venezuela de la UE (Reglamento 2017/2063) (EU-VEN)');
  });

  it('word one name added or removed in the singular', () => {
    const one = { ...base, type: 'name-changed' as const, change: 'names' as const, namesAdded: ['MORENO, Maikel'] };
    expect(eventWords(one, t('en'))).toBe('Name added on the OFAC SDN list: MORENO, Maikel.');
    expect(eventWords(one, t('es'))).toBe('Nombre añadido en la lista SDN de la OFAC: MORENO, Maikel.');
  });

  it("keep a list's own words for any other event", () => {
    const own: EntityEvent = { date: '2019-01-28', precision: 'day', type: 'designated', authority: 'US OFAC', summary: 'Designated under E.O. 13850' };
    expect(eventWords(own, t('es'))).toBe('Designated under E.O. 13850');
  });
});

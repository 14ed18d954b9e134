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
    expect(eventWords(added, t('es'))).toBe('Incluido en la lista SDN de la OFAC (VENEZUELA, SDGT)');
    const moved = { ...base, type: 'program-changed' as const, change: 'programs' as const, programsBefore: ['VENEZUELA'], programs: ['VENEZUELA', 'IRAN-CON-ARMS-EO'] };
    expect(eventWords(moved, t('es'))).toBe('Programas en la lista SDN de la OFAC: VENEZUELA → VENEZUELA, IRAN-CON-ARMS-EO');
    const merged = { ...base, type: 'amended' as const, change: 'merged' as const, entries: ['35168', '31124'] };
    expect(eventWords(merged, t('en'))).toBe('Entry 35168 of the OFAC SDN list was merged into entry 31124 for the same party (not a delisting)');
    const names = { ...base, type: 'name-changed' as const, change: 'names' as const, namesAdded: ['MORENO, Maikel'], namesRemoved: ['MORENO PEREZ, M.'] };
    expect(eventWords(names, t('es'))).toBe('Nombres añadidos en la lista SDN de la OFAC: MORENO, Maikel. Nombres retirados de la lista SDN de la OFAC: MORENO PEREZ, M..');
  });

  it("keep a list's own words for any other event", () => {
    const own: EntityEvent = { date: '2019-01-28', precision: 'day', type: 'designated', authority: 'US OFAC', summary: 'Designated under E.O. 13850' };
    expect(eventWords(own, t('es'))).toBe('Designated under E.O. 13850');
  });
});

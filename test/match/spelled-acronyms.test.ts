import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { spells, spelledWeakAcronyms } from '../../lib/match/spelled-acronyms';
import { entity } from './fixtures';

// Made-up bodies shaped as OFAC lists Cuba's MINISTRY OF INTERIOR (aka MINISTERIO DEL INTERIOR, weak MININT) and a
// group whose weak alias its name does not spell.
const interior = { ...entity('interior', 'MINISTRY OF INTERIOR', 'organization', true, { countries: ['Cuba'] }), names: [{ name: 'MINISTRY OF INTERIOR', type: 'primary' as const }, { name: 'MINISTERIO DEL INTERIOR', type: 'aka' as const }, { name: 'MININT', type: 'weak' as const }] };
const group = { ...entity('group', 'AJNAD DARIM', 'organization', true, { countries: ['Egypt'] }), names: [{ name: 'AJNAD DARIM', type: 'primary' as const }, { name: 'EGYPT', type: 'weak' as const }, { name: 'SOLDIERS', type: 'weak' as const }] };
const index = buildNameIndex([interior, group]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a weak acronym its body\'s own name spells', () => {
  it('spells an acronym from the starts of the name\'s words, a connector\'s letter optional', () => {
    expect(spells('minint', ['ministerio', 'del', 'interior'])).toBe(true);
    expect(spells('mois', ['ministry', 'of', 'intelligence', 'and', 'security'])).toBe(true);
    expect(spells('mint', ['ministerio', 'del', 'interior'])).toBe(true);
    expect(spells('egypt', ['ajnad', 'darim'])).toBe(false);
    expect(spells('mini', ['ministerio', 'del', 'interior', 'cubano'])).toBe(false);
    expect(spelledWeakAcronyms(interior)).toEqual(['minint']);
    expect(spelledWeakAcronyms(group)).toEqual([]);
  });

  it('marks it in capitals on a sanctions page that names the body\'s country', () => {
    expect(marks('The Treasury sanctioned two Cuban officials. Cuba deployed units from MININT against protesters.')).toEqual(['MININT=interior']);
  });

  it('marks nothing in title case, without the country, or without a sanctions story', () => {
    expect(marks('The Treasury sanctioned two Cuban officials. Cuba deployed units from Minint against protesters.')).toEqual([]);
    expect(marks('The Treasury sanctioned two officials. The units came from MININT.')).toEqual([]);
    expect(marks('Cuba is warm in winter. MININT opened a museum in Havana.')).toEqual([]);
  });

  it('leaves a weak alias the name does not spell out', () => {
    expect(marks('The Treasury sanctioned a group in Egypt. EGYPT and SOLDIERS were named.')).toEqual([]);
  });
});

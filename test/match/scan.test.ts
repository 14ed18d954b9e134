import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanText } from '../../lib/match/scan';

function entity(id: string, name: string, kind: Entity['kind'], active: boolean | null): Entity {
  return {
    id, kind, name, names: [{ name, type: 'primary' }],
    birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], events: [],
    sanctions: active === null ? [] : [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: active ? 'active' : 'delisted' }],
  };
}

describe('scanText', () => {
  const index = buildNameIndex([
    entity('maduro', 'MADURO MOROS, Nicolas', 'person', true),
    entity('sebin', 'SEBIN', 'agency', null),
  ]);

  it('finds a Spanish name written with one family name, accents and a possessive', () => {
    const text = 'Yesterday Nicolás Maduro’s government replied.';
    const [m] = scanText(index, text);
    expect(m.text).toBe('Nicolás Maduro');
    expect(text.slice(m.start, m.end)).toBe('Nicolás Maduro');
    expect(m.status).toBe('sanctioned');
  });

  it('matches an acronym only in capitals', () => {
    expect(scanText(index, 'Agents of SEBIN arrived.').map((m) => m.entityId)).toEqual(['sebin']);
    expect(scanText(index, 'the word sebin in lower case')).toEqual([]);
  });

  it('never matches a family name alone', () => {
    expect(scanText(index, 'Maduro said no.')).toEqual([]);
  });
});

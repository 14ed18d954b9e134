// A nickname of everyday words or two words (a bound one) after "conocido como" that follows the person's surname
// alone, once the page named the person in full: "Ávila, conocido como “Chiquito Malo”".
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up people shaped like OFAC's Clan del Golfo entries.
const index = buildNameIndex([
  entity('avila-like', 'AVILA VILLADIEGO, Jobanis de Jesus', 'person', true, {
    countries: ['Colombia'],
    names: [{ name: 'AVILA VILLADIEGO, Jobanis de Jesus', type: 'primary' }, { name: 'CHIQUITO MALO', type: 'weak' }],
  }),
  entity('other-avila', 'RUELAS AVILA, Leobardo', 'person', true, { countries: ['Mexico'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a bound nickname after the surname alone', () => {
  it('is the person the page named in full', () => {
    const page = ['La OFAC sancionó al colombiano Jobanis de Jesús Ávila Villadiego en Bogotá. Ávila, conocido como “Chiquito Malo”, tomó el control del Clan del Golfo.'];
    expect(marks(page)).toEqual(['Jobanis de Jesús Ávila Villadiego:avila-like', 'Ávila:avila-like', 'Chiquito Malo:avila-like']);
  });

  it('is nothing without the full name before, or far from the surname', () => {
    expect(marks(['Ávila, conocido como “Chiquito Malo”, tomó el control.'])).toEqual([]);
    const far = ['La OFAC sancionó a Jobanis de Jesús Ávila Villadiego. Un vecino de Bogotá, conocido como “Chiquito Malo”, habló.'];
    expect(marks(far)).toEqual(['Jobanis de Jesús Ávila Villadiego:avila-like']);
  });
});

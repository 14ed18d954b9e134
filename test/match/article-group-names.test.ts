// A group listed as an article and one word ("LOS ZETAS", "LOS ROJOS"): found on a sanctions page that names its
// country, never as a team's nickname on a football page.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('zetas', 'LOS ZETAS', 'organization', true, { countries: ['Mexico'] }),
  entity('rojos', 'LOS ROJOS', 'organization', true, { countries: ['Mexico'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a group named by an article and one word', () => {
  it('is found on a sanctions page that names its country', () => {
    expect(marks('El exministro tenía lazos con el violento cartel mexicano Los Zetas, según el Tesoro, que lo incluyó en la lista negra de la OFAC.')).toEqual(['Los Zetas:zetas']);
  });

  it('is not found without the sanctions story or the country', () => {
    expect(marks('El cartel mexicano Los Zetas controlaba la frontera, según la policía.')).toEqual([]);
    expect(marks('La Roja venció 2-0 y Los Rojos celebraron en Santiago de Chile.')).toEqual([]);
  });
});

// Spanish news names the countries of the designation rounds in Spanish ("Birmania", "guatemalteco", "República
// Centroafricana"): the page's countries, the evidence a brand or a body's short name needs.
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../lib/match/context-words';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([entity('gems-like', 'KANDRAVI GEMS & JEWELLERY CO., LTD.', 'organization', true, { countries: ['Burma'] })]);
const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('Spanish names of countries', () => {
  it('are the countries', () => {
    expect(countryCode('Birmania')).toBe('mm');
    expect(countryCode('guatemalteco')).toBe('gt');
    expect(countryCode('hondureños')).toBe('hn');
    expect(countryCode('República Centroafricana')).toBe('cf');
    expect(countryCode('Sudán del Sur')).toBe('ss');
    expect(countryCode('Camboya')).toBe('kh');
  });

  it('count as the page naming a listed firm’s country', () => {
    const page = ['El Tesoro sancionó a militares de Birmania. Las empresas sancionadas: Ruby Enterprise y Kandravi (Gemas y Joyas) Co LTD, por sus vínculos con el ejército.'];
    expect(marks(page)).toEqual(['Kandravi:gems-like']);
  });
});

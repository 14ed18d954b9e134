// A listed person called by a given name the list does not put first ("Miguel Martínez" of MARTINEZ MORALES, Luis
// Miguel; "Walter Tapfumaneyi" of TAPFUMANEYI, Asher Walter), with the page's other evidence.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like OFAC's entries of the same form.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('martinez-like', 'MARTINEZ MORALES, Luis Miguelo', 'person', true, { countries: ['Guatemala'] }),
  entity('tapfu-like', 'TAPFUMANEYO, Asher Walter', 'person', true, { countries: ['Zimbabwe'] }),
  entity('dagalo-like', 'DAGALOO, Abdelrahim Hamdan', 'person', true, { countries: ['Sudan'] }),
  entity('heidari-like', 'HEIDARIO, Reza', 'person', true),
  entity('tin-aung-san', 'SAN, Tin Aung', 'person', true, { countries: ['Burma'] }),
  entity('wol-like', 'WOLO, Santino Deng', 'person', true, { birthPlaces: ['Aweil, Sudan'], positions: ['Major General'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}=${m.status}`);

describe('a given name of the listed person that the list does not put first', () => {
  it('names the person the page names in full after it, and the surname alone after', () => {
    const page = 'El Tesoro sanciona a Miguelo Martínez, ex funcionario de Guatemala, por corrupción. LUIS MIGUELO MARTÍNEZ MORALES fue jefe. Martínez buscó beneficio.';
    expect(marks(page)).toEqual(['Miguelo Martínez=martinez-like=sanctioned', 'LUIS MIGUELO MARTÍNEZ MORALES=martinez-like=sanctioned', 'Martínez=martinez-like=sanctioned']);
  });

  it('names the one listed bearer of a rare surname in a sanctions story about the country', () => {
    expect(marks('The US Treasury’s Office of Foreign Assets Control (OFAC) imposed sanctions on Zimbabwe’s first lady and retired Brigadier-General Walter Tapfumaneyo, freezing their assets.')).toContain('Walter Tapfumaneyo=tapfu-like=sanctioned');
  });

  it('is no one for an Arab name, whose second name is the father’s, nor inside a longer name', () => {
    expect(marks('The US Treasury sanctioned Sudan’s RSF leaders. Abdelrahim Hamdan Dagaloo was named; Hamdan Dagaloo spoke.').filter((m) => m.startsWith('Hamdan'))).toEqual([]);
    expect(marks('Reza Heidario spoke. Mohammad Reza Heidario said the market was busy.').filter((m) => m.startsWith('Mohammad') || m.startsWith('Reza Heidario=heidari-like=sanctioned'))).toEqual([]);
  });

  it('is the person after a title that fits the listed role, in the Arab world too: "Maj Gen Deng Wolo"', () => {
    const page = 'Santino Deng Wolo, a top commander, is accused by the US Treasury Department. Forces under the command of Maj Gen Deng Wolo violated the agreement.';
    expect(marks(page)).toEqual(['Santino Deng Wolo=wol-like=sanctioned', 'US Treasury Department=curated-us-treasury=not-sanctioned', 'Deng Wolo=wol-like=sanctioned']);
    // Without the title the pair may be his father's name.
    expect(marks('Santino Deng Wolo, a top commander, is accused by the US Treasury. Later Deng Wolo said so.').filter((m) => m.startsWith('Deng'))).toEqual([]);
  });

  it('is no one for a Burmese name, which has no family name: "Aung San" is not Tin Aung San', () => {
    const page = 'El Tesoro sancionó a nueve oficiales de Birmania que depusieron al Gobierno electo de Aung San Suu Kyi. Almirante Tin Aung San, ministro de Transporte.';
    expect(marks(page)).toEqual(['Tin Aung San=tin-aung-san=sanctioned']);
  });
});

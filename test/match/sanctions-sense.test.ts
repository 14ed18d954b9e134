import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex(fixtureEntities);

/** "text:status" for each mention of a page's blocks (Hugo Carvajal is a common name: it needs evidence). */
function marks(text: string | string[]): string[] {
  const texts = Array.isArray(text) ? text : [text];
  return scanPage(index, texts).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));
}

describe('sanctions words count only in a sanctions sense', () => {
  it('does not read a Spanish penalty by a regulator or a league as a sanction', () => {
    expect(marks('La Profeco sancionó la tienda de Hugo Carvajal por precios abusivos.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Hugo Carvajal recibió una sanción de tres partidos.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('La gasolinera de Hugo Carvajal fue sancionada por la Profeco y recibió sanciones.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('counts the same Spanish words on a page that names sanctions or the sanctioning body', () => {
    expect(marks('La Unión Europea sancionó a Hugo Carvajal.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Según la UE, Hugo Carvajal fue sancionado.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks(['El Tesoro publicó una nueva lista.', 'Hugo Carvajal fue sancionado por el gobierno.'])).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal sigue sujeto a medidas restrictivas desde 2019.')).toEqual(['Hugo Carvajal:sanctioned']);
  });

  it('reads "eu" as the EU only in capitals', () => {
    expect(marks('Eu sei que Hugo Carvajal foi sancionado pelo clube.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('counts a freeze only of assets', () => {
    expect(marks('Hugo Carvajal vende productos congelados en el mercado.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Hugo Carvajal said the frozen pond was safe for skating.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('La UE congeló los activos de Hugo Carvajal.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('The EU froze the assets of Hugo Carvajal.')).toEqual(['Hugo Carvajal:sanctioned']);
  });

  it('does not read a court seizure ("embargo de bienes") as an embargo', () => {
    expect(marks('El juez ordenó el embargo de los bienes de Hugo Carvajal por una deuda.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Hugo Carvajal criticó el embargo de armas contra el país.')).toEqual(['Hugo Carvajal:sanctioned']);
  });

  it('does not read a crime story or a sports word as a sanctions story without a sanctions word on the page', () => {
    expect(marks('Hugo Carvajal was indicted on drug trafficking charges in county court.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Hugo Carvajal, the designated hitter, singled twice.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('OFAC says Hugo Carvajal was indicted on drug trafficking charges.')).toEqual(['Hugo Carvajal:sanctioned']);
  });

  it('counts the story words on a page that names the State Department, in its word orders and capitalised only', () => {
    expect(marks('El Departamento de Estado anunció nuevas sanciones a Hugo Carvajal.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('The State Department designated Hugo Carvajal on Friday.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('The Department of State designated Hugo Carvajal on Friday.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('El estado de Hugo Carvajal tras las sanciones de la liga preocupa.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('The state department of parks named Hugo Carvajal the designated hitter.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('counts the story words on a page that names the UN Security Council, not a state\'s own', () => {
    expect(marks('El Consejo de Seguridad de la ONU anunció nuevas sanciones contra Hugo Carvajal.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('The Security Council designated Hugo Carvajal on Friday.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('El Consejo de Seguridad Nacional anunció sanciones contra Hugo Carvajal.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('The National Security Council designated Hugo Carvajal as its spokesman.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('El consejo de seguridad del club sancionó a Hugo Carvajal.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('reads the Treasury only with its capital', () => {
    expect(marks('Hugo Carvajal kept the treasury of the chess club.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('The Treasury named Hugo Carvajal on Friday.')).toEqual(['Hugo Carvajal:sanctioned']);
  });
});

describe('a name confirmed once on a page', () => {
  const filler = Array(8).fill('La ciudad celebró sus fiestas con música y comida en la plaza durante todo el día.').join(' ');

  it('stays confirmed for its later mentions, however far from the evidence', () => {
    expect(marks(['El Tesoro de Estados Unidos sancionó a Hugo Carvajal.', filler, 'Hugo Carvajal viajó después a Madrid.'])).toEqual(['Hugo Carvajal:sanctioned', 'Hugo Carvajal:sanctioned']);
  });

  it('is not confirmed by a mention that had no evidence', () => {
    expect(marks(['Hugo Carvajal fue al cine.', filler, 'Hugo Carvajal viajó después a Madrid.'])).toEqual(['Hugo Carvajal:possible', 'Hugo Carvajal:possible']);
  });
});

describe('a common given name with a rare surname', () => {
  const people = buildNameIndex([
    ...fixtureEntities,
    entity('kubrakov', 'KUBRAKOV, Ivan', 'person', true, { countries: ['Belarus'] }),
    entity('ivan-garcia', 'GARCIA, Ivan', 'person', true, { countries: ['Mexico'] }),
  ]);
  const far = Array(8).fill('The decision was taken in view of the gravity of the situation in the country.').join(' ');
  const story = 'The EU imposed sanctions on officials; the sanctions freeze their assets and the blacklist grows.';
  const statuses = (blocks: string[]) => scanPage(people, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));

  it('is the listed person on a page that tells a sanctions story, however far its words are', () => {
    expect(statuses([story, far, 'Ivan Kubrakov attended the parade.'])).toEqual(['Ivan Kubrakov:sanctioned']);
  });

  it('is not, with a common surname, nor on a page without a sanctions story', () => {
    expect(statuses([story, far, 'Ivan Garcia attended the parade.'])).toEqual(['Ivan Garcia:possible']);
    expect(statuses([far, 'Ivan Kubrakov attended the parade.'])).toEqual(['Ivan Kubrakov:possible']);
  });
});

// A head of state's surname alone, where the words around it say the office ("the Assad regime", "Assad de Siria").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('head', 'ZORVANOV, Boris Petrovich', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic of Belarus'] }),
  entity('son', 'ZORVANOV, Dmitry Borisovich', 'person', true, { countries: ['Belarus'] }),
  entity('common-head', 'GARCIA, Juan', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a head of state\'s surname with the words that say the office', () => {
  it('is the listed head of state, in English and Spanish word orders', () => {
    expect(marks(['The EU widened its sanctions against the Zorvanov regime in Belarus.'])).toEqual(['Zorvanov:head:sanctioned']);
    expect(marks(['La UE sancionó al régimen de Zorvanov en Bielorrusia.'])).toEqual(['Zorvanov:head:sanctioned']);
    expect(marks(['Los empresarios de Bielorrusia se enriquecieron durante la Administración de Zorvanov.'])).toEqual(['Zorvanov:head:sanctioned']);
    expect(marks(['Belarus’s Zorvanov denied it.'])).toEqual(['Zorvanov:head:sanctioned']);
    expect(marks(['Los líderes sancionados son Zorvanov de Bielorrusia y otros.'])).toEqual(['Zorvanov:head:sanctioned']);
  });

  it('is no one without those words, without the country on the page, with a given name, or with a common surname', () => {
    expect(marks(['Zorvanov spoke in Belarus on Monday.'])).toEqual([]);
    expect(marks(['The Zorvanov regime fell long ago.'])).toEqual([]);
    expect(marks(['The Dmitry Zorvanov government in Belarus.'])).toEqual(['Dmitry Zorvanov:son:possible']);
    expect(marks(['The Garcia government in Belarus.'])).toEqual([]);
  });

  it('names the person for the surname alone later', () => {
    expect(marks(['Sanctions hit the Zorvanov regime in Belarus.', 'Zorvanov called them an aggression.'])).toEqual(['Zorvanov:head:sanctioned', 'Zorvanov:head:sanctioned']);
  });
});

// A head of state's surname alone, where the words around it say the office ("the Assad regime", "Assad de Siria").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('head', 'ZORVANOV, Boris Petrovich', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic of Belarus'] }),
  entity('son', 'ZORVANOV, Dmitry Borisovich', 'person', true, { countries: ['Belarus'] }),
  entity('common-head', 'GARCIA, Juan', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic'] }),
  entity('minister', 'KVARTSEVA, Natalia Ivanovna', 'person', true, { countries: ['Belarus'] }),
  entity('secretary', 'PLINTUSOVICH, Viktor Pavlovich', 'person', true, { countries: ['Belarus'] }),
  entity('foreigner', 'SHTEPSELIDZE, Gocha', 'person', true, { countries: ['Georgia'] }),
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

  it('is, in Cyrillic, the head of state on a page that names two other listed persons of his country in full', () => {
    const officials = 'Приглашены глава Совета Наталья Ивановна Кварцева и управляющий делами Виктор Павлович Плинтусович.';
    expect(marks(['Совещание у Зорванова', officials, 'Пресс-секретарь Зорванов ответил.'])).toEqual([
      'Зорванова:head:sanctioned',
      'Наталья Ивановна Кварцева:minister:sanctioned',
      'Виктор Павлович Плинтусович:secretary:sanctioned',
      'Зорванов:head:sanctioned',
    ]);
    // Names of common words (no patronymic) count too: two of one country's listed persons on one page.
    expect(marks(['Совещание у Зорванова', 'Приглашены Наталья Кварцева и Виктор Плинтусович.'])[0]).toBe('Зорванова:head:sanctioned');
    // One compatriot, or persons of another country, say nothing; nor does a listed son named in full.
    expect(marks(['Совещание у Зорванова', 'Приглашены Наталья Ивановна Кварцева и Гоча Штепселидзе.'])).not.toContain('Зорванова:head:sanctioned');
    expect(marks(['Совещание у Зорванова', 'Приглашены Наталья Ивановна Кварцева и Гоча Штепселидзе.'])).toContain('Наталья Ивановна Кварцева:minister:sanctioned');
    expect(marks(['Совещание у Зорванова', officials, 'Дмитрий Зорванов ответил.'])).not.toContain('Зорванова:head:sanctioned');
  });
});

// "Suhayl Salim Abd El-Rahman, more commonly known as Bilal al-Sudani": the name a page gives a listed person it just
// named in full, after "known as" or "conocido como", names that person.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like ABD EL-RAHMAN, Suhayl Salim (no alias Bilal al-Sudani in the lists).
// Bilal and Sudani are words of other listed names, as in the shipped dataset: a word no list has and no common given
// name is no name's word to the matcher.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('suhayl', 'ABD EL-RAHMANI, Suhayl Salim', 'person', true, { countries: ['Somalia'] }),
  entity('sudani', 'AL-SUDANI, Khalid Ahmad', 'person', true, { countries: ['Jordan'] }),
  entity('bilal', 'HAMDANI, Bilal Omar', 'person', true, { countries: ['Syria'] }),
  // Made up: one man whose listed alias has the given name Polo (the lists record nicknames so), and one with none.
  entity('malverde', 'MALVERDE DE LUNA, Oscar', 'person', true, { names: [{ name: 'MALVERDE DE LUNA, Oscar', type: 'primary' }, { name: 'MALVERDE, Polo', type: 'aka' }] }),
  entity('carvallo', 'CARVALLO BARRIOS, Hugo Armando', 'person', true, { countries: ['Venezuela'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a name the page gives after "known as"', () => {
  it('names the person named right before it, in English and Spanish', () => {
    expect(marks('A US strike killed the ISIS leader Suhayl Salim Abd El-Rahmani, more commonly known as Bilal al-Sudani.')).toEqual([
      'Suhayl Salim Abd El-Rahmani:suhayl:sanctioned',
      'Bilal al-Sudani:suhayl:sanctioned',
    ]);
    expect(marks('El Tesoro sancionó a Suhayl Salim Abd El-Rahmani, conocido como Bilal al-Sudani, en 2012.')).toContain('Bilal al-Sudani:suhayl:sanctioned');
  });

  it('is no one without the listed name right before, nor a single word (a nickname)', () => {
    expect(marks('The ISIS leader, more commonly known as Bilal al-Sudani, was killed.')).toEqual([]);
    expect(marks('Suhayl Salim Abd El-Rahmani, known as Bilal, was killed.')).toEqual(['Suhayl Salim Abd El-Rahmani:suhayl:sanctioned']);
    expect(marks('Suhayl Salim Abd El-Rahmani met a man known as Bilal al-Sudani.')).toEqual(['Suhayl Salim Abd El-Rahmani:suhayl:sanctioned']);
  });

  it('after "alias", an article and one word: the nickname of the person just named, not a listed look-alike', () => {
    const story = 'OFAC sancionó a cuatro narcotraficantes; el Tesoro congeló sus activos y los puso en la lista negra.';
    expect(marks(`${story} También figura Hugo Armando Carvallo, alias El Pollo, exjefe de la inteligencia militar.`)).toEqual([
      'Hugo Armando Carvallo:carvallo:sanctioned',
      'El Pollo:carvallo:sanctioned',
    ]);
    // Without the name right before, the article nickname is read as before (article-nickname.ts).
    expect(marks(`${story} Lo llamaban El Polo.`)).toEqual(['El Polo:malverde:sanctioned']);
  });
});

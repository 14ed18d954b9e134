// A listed nickname in quotes inside a common name confirms the listed person on a page with no sanctions words
// (court and security news): a namesake does not carry the person's nickname too.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('zambada', 'ZAMBADA GARCIA, Ismael', 'person', true, {
    countries: ['Mexico'],
    names: [{ name: 'ZAMBADA GARCIA, Ismael', type: 'primary' }, { name: 'ZAMBADA, El Mayo', type: 'aka' }, { name: 'El Mayo', type: 'weak' }, { name: 'Mayo', type: 'weak' }],
  }),
  entity('chapo', 'GUZMAN LOERA, Joaquin', 'person', true, {
    countries: ['Mexico'],
    names: [{ name: 'GUZMAN LOERA, Joaquin', type: 'primary' }, { name: 'GUZMAN, Chapo', type: 'aka' }],
  }),
  entity('chiquito', 'AVILA VILLADIEGO, Jobanis de Jesus', 'person', true, {
    countries: ['Colombia'],
    names: [{ name: 'AVILA VILLADIEGO, Jobanis de Jesus', type: 'primary' }, { name: 'CHIQUITO MALO', type: 'weak' }],
  }),
  entity('otoniel', 'USUGA DAVID, Dairo Antonio', 'person', true, {
    countries: ['Colombia'],
    names: [{ name: 'USUGA DAVID, Dairo Antonio', type: 'primary' }, { name: 'OTONIEL', type: 'weak' }],
  }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a listed nickname in quotes inside a common name', () => {
  it('confirms the person without sanctions words, and the surname and nickname alone after it', () => {
    const page = ['Nueva York recibe a Ismael "El Mayo" Zambada ante el mismo juez que juzgó a Joaquín "El Chapo" Guzmán.', 'El Mayo llegó en silla de ruedas; Zambada se declaró inocente.'];
    expect(marks(page)).toEqual([
      'Ismael "El Mayo" Zambada:zambada:sanctioned',
      'Joaquín "El Chapo" Guzmán:chapo:sanctioned',
      'El Mayo:zambada:sanctioned',
      'Zambada:zambada:sanctioned',
    ]);
  });

  it('confirms a weak alias written in curly quotes', () => {
    expect(marks(['La organización la heredó del extraditado Dairo Antonio ‘Otoniel’ Úsuga.'])).toEqual(['Dairo Antonio ‘Otoniel’ Úsuga:otoniel:sanctioned']);
  });

  it('leaves a namesake with another nickname, or none, possible', () => {
    expect(marks(['En la fiesta del pueblo bailaron Ismael "El Güero" Zambada y Joaquín Guzmán.'])).toEqual([
      'Ismael "El Güero" Zambada:zambada:possible',
      'Joaquín Guzmán:chapo:possible',
    ]);
  });
});

describe('a listed nickname the page wrote in quotes inside the name', () => {
  it('names the person alone later, of two words or given as a given name', () => {
    const page = [
      'El Clan, dirigido por Jobanis de Jesús ‘Chiquito Malo’ Ávila Villadiego, negocia con el Gobierno.',
      'El propio ‘Chiquito Malo’ participará. El juez que condenó a Joaquín "El Chapo" Guzmán vio el juicio contra El Chapo.',
    ];
    expect(marks(page)).toEqual([
      'Jobanis de Jesús ‘Chiquito Malo’ Ávila Villadiego:chiquito:sanctioned',
      'Chiquito Malo:chiquito:sanctioned',
      'Joaquín "El Chapo" Guzmán:chapo:sanctioned',
      'El Chapo:chapo:sanctioned',
    ]);
  });

  it('of two words stays unmarked alone when the page never wrote it inside the name', () => {
    expect(marks(['El Clan lo dirige Jobanis de Jesús Ávila Villadiego.', 'Un niño chiquito y malo, el Chiquito Malo del barrio, lo saludó.'])).toEqual([
      'Jobanis de Jesús Ávila Villadiego:chiquito:sanctioned',
    ]);
  });
});

// A title and a surname alone, with no full name on the page: the one listed person whose role the title fits.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('padrino', 'PADRINO LOPEZ, Vladimir', 'person', true, { countries: ['Venezuela'] }),
  entity('ortiz-a', 'ORTIZ SALAZAR, Pedro', 'person', true, { countries: ['Honduras'], positions: ['Minister of Security'] }),
  entity('ortiz-b', 'ORTIZ FLORES, Raul', 'person', true, { countries: ['Honduras'], positions: ['Minister of Defense'] }),
  entity('zelaya', 'ZELAYA ROSALES, Manuel', 'person', true, { countries: ['Honduras'], positions: ['Chairman of the board'] }),
  entity('oyuela', 'OYUELA MATA, Jorge', 'person', true, { countries: ['Honduras'], positions: ['President of the Supreme Court', 'Judge'] }),
  entity('madurez', 'MADUREZ MOROSO, Nicolas', 'person', true, { countries: ['Venezuela'], positions: ['President of Venezuela'] }),
  entity('madurez-son', 'MADUREZ GUERRA, Nicolas Ernesto', 'person', true, { countries: ['Venezuela'] }),
  entity('lukashevo', 'LUKASHEVO, Alyaksandr', 'person', true, { countries: ['Belarus'], names: [{ name: 'LUKASHEVO, Alyaksandr', type: 'primary' }, { name: 'LUKASHEVO, Alexandr', type: 'aka' }], positions: ['President of Belarus'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a title and a surname alone', () => {
  it('is the one listed person whose listed role the title fits, on a page naming the country', () => {
    const page = ['Venezuela: President Guaido calls for protests', 'Speaking in Caracas, President Guaido said the army must choose. Guaido later met the press.'];
    expect(marks(page)).toEqual(['Guaido:curated-guaido:not-sanctioned', 'Guaido:curated-guaido:not-sanctioned', 'Guaido:curated-guaido:not-sanctioned']);
  });

  it('is the person whose two surnames follow the title, in Spanish too', () => {
    expect(marks(['En Venezuela, el ministro de Defensa Padrino López habló ayer.', 'Defense Minister Padrino López spoke in Caracas.'])).toEqual([
      'Padrino López:padrino:sanctioned',
      'Padrino López:padrino:sanctioned',
    ]);
  });

  it('is nothing without the person’s country on the page, or when the title fits no listed role', () => {
    expect(marks(['President Guaido spoke to reporters.'])).toEqual([]);
    expect(marks(['In Honduras, Chairman Ortiz opened the plant.'])).toEqual([]);
  });

  it('is nothing when two listed people with the surname fit the title', () => {
    expect(marks(['In Honduras, Minister Ortiz denied the report.'])).toEqual([]);
  });

  it('reads the title in an editor\'s bracket before the surname, with the person\'s given name, and a country after "de"', () => {
    expect(marks(['Pidió a (el presidente Nicolás) Madurez que deje de bloquear la ayuda a Venezuela.'])).toEqual(['Madurez:madurez:sanctioned']);
    expect(marks(['Sanciones de la Unión Europea a (el presidente Alexandr) Lukashevo de Bielorrusia.'])).toEqual(['Lukashevo:lukashevo:sanctioned']);
    expect(marks(['Sanciones de la Unión Europea contra el presidente Lukashevo de Bielorrusia.'])).toEqual(['Lukashevo:lukashevo:sanctioned']);
    // Another given name in the bracket is another person; a bracket with no title says no office.
    expect(marks(['Pidió a (el presidente Juan) Madurez que deje de bloquear la ayuda a Venezuela.'])).toEqual([]);
    expect(marks(['Pidió a (Nicolás) Madurez que deje de bloquear la ayuda a Venezuela.'])).toEqual([]);
  });

  it('is nothing when the surname runs into another name, or for a title below high office', () => {
    expect(marks(['In Honduras, President Oyuela Bonilla opened the hospital.', 'In Honduras, President Alvarado Oyuela opened it.', 'In Honduras, President Oyuela de la Cruz spoke.'])).toEqual([]);
    expect(marks(['In Honduras, Judge Oyuela opened the hospital.'])).toEqual([]);
    expect(marks(['In Honduras, President Oyuela said the hospital will open.'])).toEqual(['Oyuela:oyuela:sanctioned']);
  });

  it('is nothing for everyday titles and on sports pages', () => {
    expect(marks(['Honduras coach Zelaya and Mr Zelaya Rosales watched the match.'])).toEqual([]);
    const sports = ['Honduras beat Panama 2-1 in the league; the goal, the match, the coach and the stadium delighted fans.', 'Club chairman Zelaya praised the striker after the match and the goal.'];
    expect(marks(sports)).toEqual([]);
  });
});

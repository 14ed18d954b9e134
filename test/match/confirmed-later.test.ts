import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('delcy', 'RODRIGUEZ GOMEZ, Delcy Eloina', 'person', true, {
    names: [{ name: 'RODRIGUEZ GOMEZ, Delcy Eloina', type: 'primary' }, { name: 'RODRIGUEZ, Delcy', type: 'aka' }],
    countries: ['Venezuela'],
    positions: ['Vice President of Venezuela'],
  }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}:${m.reasons?.join(',') ?? ''}`));

describe('a common name that the page confirms only further on', () => {
  it('is confirmed in the headline before the evidence too', () => {
    expect(marks(['¿Quién es la cantante del gabinete de Delcy Rodríguez?', 'La vicepresidenta de Venezuela, Delcy Rodríguez, nombró a una ministra.'])).toEqual([
      'Delcy Rodríguez:sanctioned:confirmed-later',
      'Delcy Rodríguez:sanctioned:title',
    ]);
  });

  it('stays possible where no mention on the page is confirmed', () => {
    expect(marks(['Delcy Rodríguez sang on Sunday.', 'Delcy Rodríguez won the prize.'])).toEqual(['Delcy Rodríguez:possible:', 'Delcy Rodríguez:possible:']);
  });
});

describe('a surname alone that repeats a common name the page confirms further on', () => {
  const index = buildNameIndex([entity('zarubchuk', 'ZARUBCHUK, Viktor', 'person', true, { birthPlaces: ['Kyiv, Ukraine'] })]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));

  it('is confirmed with the name, in the headline and after a mention without evidence', () => {
    expect(
      marks(['Де зараз Зарубчук', 'В Україні говорили про Віктора Зарубчука. Зарубчук мовчить.', 'В Україні затримали народного депутата Віктора Зарубчука.']),
    ).toEqual(['Зарубчук:sanctioned', 'Віктора Зарубчука:sanctioned', 'Зарубчук:sanctioned', 'Віктора Зарубчука:sanctioned']);
  });

  it('stays possible where no mention on the page is confirmed', () => {
    expect(marks(['Де зараз Зарубчук', 'В Україні говорили про Віктора Зарубчука. Зарубчук мовчить.'])).toEqual(['Зарубчук:possible', 'Віктора Зарубчука:possible', 'Зарубчук:possible']);
  });
});

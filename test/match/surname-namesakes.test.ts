import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('laureano', 'ORTEGA MURILLO, Laureano Facundo', 'person', true, { countries: ['Nicaragua'], positions: ['Presidential adviser'] }),
  entity('choe-ryong-hae', 'CHOE, Ryong Hae', 'person', true, { countries: ['Korea, North'], positions: ['Director of the Organization and Guidance Department'] }),
  entity('lukashenka', 'LUKASHENKA, Alyaksandr Ryhorovich', 'person', true, {
    names: [{ name: 'LUKASHENKA, Alyaksandr Ryhorovich', type: 'primary' }, { name: 'LUKASHENKO, Alexander', type: 'aka' }],
    countries: ['Belarus'],
    positions: ['President of Belarus'],
  }),
  entity('bin-ladin', 'BIN LADIN, Usama bin Muhammad bin Awad', 'person', true, {
    names: [{ name: 'BIN LADIN, Usama bin Muhammad bin Awad', type: 'primary' }, { name: 'BIN LADEN, Osama', type: 'aka' }],
  }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));

describe('a surname alone that an unlisted person on the page also carries', () => {
  it('links no listed relative for certain, whether the unlisted person came before or after the listed one', () => {
    const before = ['President Daniel Ortega addressed supporters in Managua.', 'The Treasury sanctioned his son Laureano Ortega Murillo.', 'Ortega called the measures an aggression.'];
    const after = ['The Treasury sanctioned Laureano Ortega Murillo.', 'His father, President Daniel Ortega, addressed supporters.', 'Ortega called the measures an aggression.'];
    expect(marks(before)).toEqual(['Laureano Ortega Murillo:sanctioned', 'Ortega:possible']);
    expect(marks(after)).toEqual(['Laureano Ortega Murillo:sanctioned', 'Ortega:possible']);
  });

  it('does so when the unlisted person is named only after the surname alone', () => {
    const page = ['The Treasury sanctioned Laureano Ortega Murillo.', 'Ortega called the measures an aggression.', 'President Daniel Ortega spoke later.'];
    expect(marks(page)).toEqual(['Laureano Ortega Murillo:sanctioned', 'Ortega:possible']);
  });

  it('reads no joiner in capitals as another person\'s name ("LA FAMILIA DE ORTEGA")', () => {
    const page = ['The Treasury sanctioned Laureano Ortega Murillo.', 'LAS SANCIONES ALCANZAN A LA FAMILIA DE ORTEGA', 'Ortega called the measures an aggression.'];
    expect(marks(page)).toEqual(['Laureano Ortega Murillo:sanctioned', 'ORTEGA:sanctioned', 'Ortega:sanctioned']);
  });

  it('still links the surname when no one else on the page carries it', () => {
    expect(marks(['The Treasury sanctioned Laureano Ortega Murillo.', 'President Ortega said nothing; Ortega Murillo called it an aggression.'])).toEqual([
      'Laureano Ortega Murillo:sanctioned',
      'Ortega:sanctioned',
      'Ortega Murillo:sanctioned',
    ]);
  });

  it('goes on naming the listed person whom it named alone before the page names a relative of the surname', () => {
    const page = [
      'The Treasury sanctioned Laureano Ortega Murillo.',
      'Ortega is a presidential adviser, the brother of army commander Humberto Ortega.',
      'Ortega called the measures an aggression.',
    ];
    expect(marks(page)).toEqual(['Laureano Ortega Murillo:sanctioned', 'Ortega:sanctioned', 'Ortega:sanctioned']);
  });

  it('leaves it unclear when the relative comes before the surname alone named anyone', () => {
    const page = ['The Treasury sanctioned Laureano Ortega Murillo, the son of President Daniel Ortega.', 'Ortega called the measures an aggression.'];
    expect(marks(page)).toEqual(['Laureano Ortega Murillo:sanctioned', 'Ortega:possible']);
  });

  it('links no listed person when the surname began someone else\'s name in the family-name-first order ("Kim Jong Nam" after "Kim Jong Un")', () => {
    const alone = ['The Treasury sanctioned Choe Ryong Hae.', 'Police say Choe was questioned.'];
    const other = ['The Treasury sanctioned Choe Ryong Hae.', 'His cousin Choe Ryong Su died at the airport. Police say Choe was poisoned.'];
    expect(marks(alone)).toEqual(['Choe Ryong Hae:sanctioned', 'Choe:sanctioned']);
    expect(marks(other)).toEqual(['Choe Ryong Hae:sanctioned', 'Choe:possible']);
  });

  it('reads an East Slavic short given name before the surname as another person ("Kolya Lukashenko")', () => {
    const page = ['Kolya Lukashenko at the UN', 'Alexander Lukashenko took his son Kolya Lukashenko to New York.', 'Lukashenko spoke on Monday.'];
    expect(marks(page)).toEqual(['Alexander Lukashenko:sanctioned', 'Lukashenko:possible']);
  });

  it('reads a given name and an Arabic particle before the surname as another person ("Omar bin Laden")', () => {
    const son = ['Osama bin Laden was killed in 2011.', 'His son Omar bin Laden paints landscapes; Omar Bin Laden lives in France.'];
    expect(marks(son)).toEqual(['Osama bin Laden:sanctioned']);
    expect(marks([...son, 'Bin Laden sold twelve paintings.'])).toEqual(['Osama bin Laden:sanctioned', 'Laden:possible']);
    // Before "bin" ("son of"), a given name the lists do not hold is a given name too; a title is none.
    expect(marks(['Osama bin Laden was killed in 2011.', 'His half-brother Yeslam bin Laden lives in Geneva.'])).toEqual(['Osama bin Laden:sanctioned']);
    expect(marks(['Osama bin Laden was killed in 2011.', 'The Sheikh bin Laden hid in Abbottabad.'])).toEqual(['Osama bin Laden:sanctioned', 'Laden:sanctioned']);
    // The particle alone before the surname is no one else's name: the surname still links back.
    expect(marks(['Osama bin Laden was killed in 2011.', 'Bin Laden hid in Abbottabad.'])).toEqual(['Osama bin Laden:sanctioned', 'Laden:sanctioned']);
  });
});

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
  entity('cartes', 'CARTES JARA, Horacio Manuel', 'person', true, { countries: ['Paraguay'] }),
  entity('luna-meza', 'LUNA MEZA, Osiris', 'person', true, { countries: ['El Salvador'] }),
  entity('meza-olivares', 'MEZA OLIVARES, Alma Yanira', 'person', true, { countries: ['El Salvador'] }),
  entity('soleimani', 'SOLEIMANI, Qasem', 'person', true, { countries: ['Iran'], positions: ['Brigadier General'] }),
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

  it('goes on naming the listed person when the namesake is introduced once as that person\'s own relative ("sus hijos", "Su padre", "his daughter")', () => {
    const children = ['La OFAC sancionó a Horacio Cartes en 2022.', 'La designación se extendió a sus hijos, Juan Pablo, Sofía y María Sol Cartes Montaña.', 'Cartes usó su posición.'];
    expect(marks(children)).toEqual(['Horacio Cartes:sanctioned', 'Cartes:sanctioned']);
    const daughter = ['The Treasury sanctioned Horacio Cartes.', 'His eldest daughter Sofía Cartes said so. She lives abroad.', 'Cartes denied it.'];
    expect(marks(daughter)).toEqual(['Horacio Cartes:sanctioned', 'Cartes:sanctioned']);
    // In the sentence right after the relative's, the surname alone may be the relative.
    expect(marks(['The Treasury sanctioned Horacio Cartes.', 'His eldest daughter Sofía Cartes said so.', 'Cartes denied it.'])).toEqual(['Horacio Cartes:sanctioned', 'Cartes:possible']);
    // Named again, the relative is someone the story follows: the surname alone is unclear.
    expect(marks(['The Treasury sanctioned Horacio Cartes.', 'His daughter Sofía Cartes said so.', 'Sofía Cartes left.', 'Cartes denied it.'])).toEqual(['Horacio Cartes:sanctioned', 'Cartes:possible']);
    const father = ['La OFAC sancionó a Horacio Cartes.', 'Su padre, Ramón Cartes, era sindicalista. Murió en 1990.', 'Cartes lo negó.'];
    expect(marks(father)).toEqual(['Horacio Cartes:sanctioned', 'Cartes:sanctioned']);
    // Someone related to a plainly named person, and a relative with no possessive, leave it unclear.
    expect(marks(['The Treasury sanctioned Horacio Cartes, the son of Ramón Cartes.', 'Cartes denied it.'])).toEqual(['Horacio Cartes:sanctioned', 'Cartes:possible']);
    expect(marks(['The Treasury sanctioned Horacio Cartes.', 'Ramón Cartes and Sofía Cartes, his children, spoke.', 'Cartes denied it.'])).toEqual(['Horacio Cartes:sanctioned', 'Cartes:possible']);
  });

  it('names by a Spanish surname alone the listed person whose first surname it is, beside one whose second it is', () => {
    const page = ['La OFAC designó a Osiris Luna Meza y Alma Yanira Meza Olivares.', 'Meza ha sido designada por ayudar a Luna.'];
    expect(scanPage(index, page).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}:${m.entityId}`))).toEqual([
      'Osiris Luna Meza:sanctioned:luna-meza',
      'Alma Yanira Meza Olivares:sanctioned:meza-olivares',
      'Meza:sanctioned:meza-olivares',
      'Luna:sanctioned:luna-meza',
    ]);
  });

  it('names the listed person whose role a title before the surname fits, beside a namesake on no list ("General Soleimani")', () => {
    const page = ['The daughter of Qasem Soleimani spoke on Tuesday.', 'Zeinab Soleimani said her father was kind.', 'Soleimani added that General Soleimani loved Iran.'];
    expect(marks(page)).toEqual(['Qasem Soleimani:sanctioned', 'Soleimani:possible', 'Soleimani:sanctioned']);
    // A title that fits no listed role of the persons named, or a head of state's, leaves it unclear.
    expect(marks([page[0], page[1], 'Judge Soleimani ruled.'])).toEqual(['Qasem Soleimani:sanctioned', 'Soleimani:possible']);
    expect(marks(['The Treasury sanctioned Laureano Ortega Murillo.', 'Daniel Ortega spoke.', 'President Ortega called it an aggression.'])).toEqual([
      'Laureano Ortega Murillo:sanctioned',
      'Ortega:possible',
    ]);
  });

  it('reads a military rank abbreviated with a stop as the title before the surname ("Gen. Soleimani")', () => {
    const page = ['The daughter of Qasem Soleimani spoke on Tuesday.', 'Zeinab Soleimani said her father was kind.'];
    expect(marks([...page, 'She said Gen. Soleimani loved Iran.'])).toEqual(['Qasem Soleimani:sanctioned', 'Soleimani:sanctioned']);
    expect(marks(['Gen. Soleimani was a hero, says daughter', ...page])).toEqual(['Soleimani:sanctioned', 'Qasem Soleimani:sanctioned']);
    // A stop after a title's full word ends a sentence: the next word's surname is no titled one.
    expect(marks([...page, 'She thanked the general. Soleimani smiled.'])).toEqual(['Qasem Soleimani:sanctioned', 'Soleimani:possible']);
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

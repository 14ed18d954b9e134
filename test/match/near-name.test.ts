// A listed person's full name misspelt by one letter in a word ("Igor Seshin" for SECHIN, Igor): that person in a
// sanctions story that names the person's country, and never a feminine form, a world-common surname, a name two
// listed people are equally near, or a name with another first letter.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { oneLetterAway } from '../../lib/match/near-name';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const russia = { countries: ['Russia'] };
const entities: Entity[] = [
  entity('sechin', 'SECHIN, Igor Ivanovich', 'person', true, russia),
  entity('ismailova', 'ISMAILOVA, Gulbakhor Burkhanovna', 'person', true, { countries: ['Uzbekistan'] }),
  entity('fridman', 'FRIDMAN, Mikhail Maratovich', 'person', true, russia),
  entity('ponomarenko', 'PONOMARENKO, Aleksandr Anatolevich', 'person', true, russia),
  entity('danilevsky', 'DANILEVSKY, Oleg', 'person', true, russia),
  entity('maher', 'AL-ASSAD, Maher', 'person', true, { countries: ['Syria'] }),
  entity('danilovsky', 'DANILOVSKY, Oleg', 'person', true, russia),
  // Made up, shaped like OFAC's BUKEJLOVIC, Milos, whose country OFAC writes in full.
  entity('bukejlo', 'BUKEJLOVICA, Milos', 'person', true, { countries: ['Bosnia and Herzegovina'] }),
  // Made up, shaped like OFAC's UWIMBABAZI, Sebastien (Rwanda) and a listed namesake of the given names.
  entity('uwimba', 'UWIMBABAZIE, Sebastien', 'person', true, { nationalities: ['Rwanda'] }),
  entity('nzeyim', 'NZEYIMANAE, Maria', 'person', true, { nationalities: ['Rwanda'] }),
  entity('sebastian', 'MORALES, Sebastian', 'person', true, { nationalities: ['Chile'] }),
  entity('mario', 'ROSSI, Mario', 'person', true, { nationalities: ['Italy'] }),
];
const index = buildNameIndex(entities);
const scan = (text: string) => scanPage(index, [text]).flat();
const marks = (text: string) => scan(text).map((m) => `${m.text}:${m.entityId}:${m.status}`);

const STORY = 'The EU imposed sanctions on Russian and Uzbek tycoons on Friday; OFAC froze their assets and added them to the SDN list.';

describe('a misspelt full name', () => {
  it('knows the country by the list\'s formal name and the news\'s short ones', () => {
    for (const country of ['Bosnia', 'BiH']) {
      expect(marks(`The US Treasury imposed sanctions on four officials in ${country}; OFAC froze their assets. Minister Miloš Bukjelovića was named.`)).toContain('Miloš Bukjelovića:bukejlo:sanctioned');
    }
  });

  it('is the listed person in a sanctions story that names the country, and says it is a misspelling', () => {
    expect(marks(`${STORY} Igor Seshin runs Rosneft.`)).toEqual(['Igor Seshin:sechin:sanctioned']);
    expect(scan(`${STORY} Igor Seshin runs Rosneft.`)[0].reasons).toContain('near-spelling');
  });

  it('may misspell every word when each is long', () => {
    expect(marks(`${STORY} Gulbakho Imailova is his sister.`)).toEqual(['Gulbakho Imailova:ismailova:sanctioned']);
  });

  it('is nobody without a sanctions story, without the country, or on a sports page', () => {
    expect(marks('Igor Seshin said the oil market in Russia was busy this week.')).toEqual([]);
    expect(marks(`${STORY.replace('Russian and ', '')} Igor Seshin runs a firm.`)).toEqual([]);
    expect(marks('Igor Seshin scored twice as the team won the league match in Russia; the coach praised the striker, the goalkeeper and the fans.')).toEqual([]);
  });

  it('is no feminine form of a listed man, and no surname that is common in the world', () => {
    expect(marks(`${STORY} Aleksandra Ponomarenko runs a firm.`)).toEqual([]);
    expect(marks(`${STORY} Mikhail Friedman runs a firm.`)).toEqual([]);
  });

  it('names no one when two listed people are as near, when the first letter differs, or when the name runs on', () => {
    expect(marks(`${STORY} Oleg Danilavsky runs a firm.`)).toEqual([]);
    expect(marks(`${STORY} Igor Zechin runs a firm.`)).toEqual([]);
    expect(marks(`${STORY} Igor Seshin Petrov runs a firm.`)).toEqual([]);
  });
});

describe('a full name with one more middle name than the list gives', () => {
  const SYRIA = 'The US Treasury sanctioned Syrian officials on Friday; OFAC froze their assets and added them to the SDN list.';

  it('is the listed person, with the particle stepped over', () => {
    expect(marks(`${SYRIA} Maher Hafez al-Assad leads the division.`)).toEqual(['Maher Hafez al-Assad:maher:sanctioned']);
  });

  it('is nobody when the middle word is a patronymic the list contradicts, or another word is misspelt too', () => {
    expect(marks(`${STORY} Igor Petrovich Sechin runs a firm.`)).toEqual([]);
    expect(marks(`${SYRIA} Maher Hafez al-Assat leads the division.`).filter((m) => m.startsWith('Maher'))).toEqual([]);
  });
});

describe('one letter away', () => {
  it('is a letter left out, slipped in, changed, or two swapped, with the first letter kept', () => {
    expect([oneLetterAway('imailova', 'ismailova'), oneLetterAway('fridman', 'friedman'), oneLetterAway('seshin', 'sechin'), oneLetterAway('kareau', 'karaeu')]).toEqual([true, true, true, true]);
    expect([oneLetterAway('zechin', 'sechin'), oneLetterAway('sechin', 'sechin'), oneLetterAway('aleksandra', 'aleksandr'), oneLetterAway('mahomed', 'mohamad')]).toEqual([false, false, false, false]);
  });
});

describe('a misspelt full name among listed relatives who share the surname', () => {
  const syria = { countries: ['Syria'] };
  const family = buildNameIndex([
    entity('bashar', 'AL-ASSAD, Bashar', 'person', true, { ...syria, positions: ['President of the Syrian Arab Republic'] }),
    entity('samer', 'AL-ASSAD, Samer Kamal', 'person', true, syria),
    entity('wassim', 'AL-ASSAD, Wassim', 'person', true, syria),
    // Kamel is a listed name word: the page's reading takes "Kamel Assad" for a name before it finds the misspelling.
    entity('kamel', 'HADDAD, Kamel', 'person', true, { countries: ['Lebanon'] }),
  ]);
  const text =
    'The Treasury imposed sanctions on two relatives of Syrian President Bashar al-Assad. The sanctions targeted Samer Kamel Assad and Wassim Assad, Assad’s cousins. Samer Kamel Assad runs factories.';

  it('is no other person with the surname: the surname alone after it is still the head of state', () => {
    expect(scanPage(family, [text]).flat().map((m) => `${m.text}:${m.entityId}:${m.status}`)).toEqual([
      'Bashar al-Assad:bashar:sanctioned',
      'Samer Kamel Assad:samer:sanctioned',
      'Wassim Assad:wassim:sanctioned',
      'Assad:bashar:sanctioned',
      'Samer Kamel Assad:samer:sanctioned',
    ]);
  });

  it('takes a listed given name in another spelling beside a rare listed surname, its last letter kept', () => {
    const rwanda = 'The Treasury sanctioned six leaders of armed groups in Congo and Rwanda; OFAC froze their assets.';
    expect(marks(`${rwanda} Among them is Brigadier General Sebastian Uwimbabazie from FDLR.`)).toEqual(['Sebastian Uwimbabazie:uwimba:sanctioned']);
    // Mario is not Maria: another person of the family.
    expect(marks(`${rwanda} Among them is Mario Nzeyimanae from FDLR.`)).toEqual([]);
    expect(marks(`Sebastian Uwimbabazie scored twice for Rayon Sports in Kigali.`)).toEqual([]);
  });
});

// A group listed as an article and one word ("LOS ZETAS", "LOS ROJOS"): found on a sanctions page that names its
// country, never as a team's nickname on a football page.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('zetas', 'LOS ZETAS', 'organization', true, { countries: ['Mexico'] }),
  entity('rojos', 'LOS ROJOS', 'organization', true, { countries: ['Mexico'] }),
  entity('lobos', 'LOS LOBOS DRUG TRAFFICKING ORGANIZATION', 'organization', true, { countries: ['Ecuador'], names: [{ name: 'LOS LOBOS DRUG TRAFFICKING ORGANIZATION', type: 'primary' }, { name: 'LOS LOBOS', type: 'weak' }] }),
  entity('flores', 'FLORES DRUG TRAFFICKING ORGANIZATION', 'organization', true, { countries: ['Mexico'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a group named by an article and one word', () => {
  it('is found on a sanctions page that names its country', () => {
    expect(marks('El exministro tenía lazos con el violento cartel mexicano Los Zetas, según el Tesoro, que lo incluyó en la lista negra de la OFAC.')).toEqual(['Los Zetas:zetas']);
  });

  it('is not found without the sanctions story or the country', () => {
    expect(marks('El cartel mexicano Los Zetas controlaba la frontera, según la policía.')).toEqual([]);
    expect(marks('La Roja venció 2-0 y Los Rojos celebraron en Santiago de Chile.')).toEqual([]);
  });
});

describe('a group OFAC lists with its words of kind after it ("LOS LOBOS DRUG TRAFFICKING ORGANIZATION")', () => {
  it('is found by its own name, with the article rules of a group so named', () => {
    expect(marks('La OFAC sancionó a Los Lobos, con sede en Ecuador, y a su líder, dijo el Tesoro.')).toEqual(['Los Lobos:lobos']);
    expect(marks('Los Lobos tocaron en Los Ángeles, según la banda.')).toEqual([]);
  });

  it('is not found by a surname alone when its name has no article', () => {
    expect(marks('La OFAC sancionó a la red de Flores en México, dijo el Tesoro.')).toEqual([]);
  });
});

describe('a group’s own one word before a role in lower case', () => {
  const groups = buildNameIndex([
    entity('qaida-like', "AL QA'IDA", 'organization', true, { names: [{ name: "AL QA'IDA", type: 'primary' }, { name: 'AL QAEDA', type: 'aka' }] }),
    entity('qaid-person', 'QAEDA, Ahmad', 'person', true, { countries: ['Yemen'] }),
  ]);
  const groupMarks = (text: string) => scanPage(groups, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('is the group on any page ("the son of former al-Qaeda leader ...")', () => {
    expect(groupMarks('Omar, the son of former al-Qaeda leader Osama, paints in Normandy.')).toEqual(['al-Qaeda:qaida-like']);
  });

  it('is nothing before a word that is no role, or a role in a title-case line', () => {
    expect(groupMarks('Omar, the son of the al-Qaeda painter, paints in Normandy.')).toEqual([]);
    expect(groupMarks('Omar Paints As Al-Qaeda Leader Son')).toEqual([]);
  });

  it('is the group before a title in title case and a name ("Hamas Finance Minister Zaher Jabarin", wsls.com)', () => {
    expect(groupMarks('Barhum worked with al-Qaeda Finance Minister Zaher Jabarin to aggregate money.')).toEqual(['al-Qaeda:qaida-like']);
    expect(groupMarks('Barhum worked with al-Qaeda Minister Zaher Jabarin to aggregate money.')).toEqual(['al-Qaeda:qaida-like']);
    expect(groupMarks('Barhum worked with al-Qaeda Finance Zaher Jabarin to aggregate money.')).toEqual([]);
  });
});

describe('a group listed as the English article and one word ("THE HOUTHIS")', () => {
  // Made-up, shaped as the UN lists THE HOUTHIS: the article's capital at a sentence's start is the sentence's.
  const tribe = buildNameIndex([entity('zarquis', 'THE ZARQUIS', 'organization', true, { countries: ['Yemen'] })]);
  const found = (text: string) => scanPage(tribe, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('is not found where "The" opens a sentence, as "the Zarquis" is not in running text', () => {
    expect(found('The Treasury sanctioned a network in Yemen. The Zarquis collaborate with businessmen, it said.')).toEqual([]);
    expect(found('“The Zarquis collaborate with businessmen,” said the Treasury of the sanctions in Yemen.')).toEqual([]);
    expect(found('The Treasury sanctioned a network in Yemen; the Zarquis collaborate with businessmen.')).toEqual([]);
  });

  it('is found where the page capitalises the article inside a sentence', () => {
    expect(found('The Treasury sanctioned a network in Yemen that funds The Zarquis, it said.')).toEqual(['The Zarquis:zarquis']);
  });
});

describe('a group’s own one word paired by a slash with a body the scan just found', () => {
  // Made up, shaped as OFAC lists AL QA'IDA (aka AL QAEDA) and ISIL (aka ISIS).
  const groups = buildNameIndex([
    entity('qadah-like', 'AL QADAH', 'organization', true),
    { ...entity('emirate-like', 'ISLAMIC EMIRATE OF ORAN AND SYRTE', 'organization', true), names: [{ name: 'ISLAMIC EMIRATE OF ORAN AND SYRTE', type: 'primary' as const }, { name: 'IEOS', type: 'aka' as const }] },
  ]);
  const found = (text: string) => scanPage(groups, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('is found after the slash, on a page with no sanctions story', () => {
    expect(found('“You murdered my father, who led the war against IEOS/Al-Qadah, with the perverse hope,” she wrote.')).toEqual(['IEOS:emirate-like', 'Al-Qadah:qadah-like']);
  });

  it('is not found alone, or after a slash that follows no listed body', () => {
    expect(found('“You murdered my father, who led the war against Al-Qadah, with the perverse hope,” she wrote.')).toEqual([]);
    expect(found('“You murdered my father, who led the war against Tora/Al-Qadah, with the perverse hope,” she wrote.')).toEqual([]);
  });
});

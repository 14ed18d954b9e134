// An organization's name as the news spells it otherwise than the list: Belarus's adjective, British and American
// spelling, a word of kind in the singular or misspelt, the article the list begins with, the initials of its words
// of kind, and a managing company by its own name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up bodies shaped like OFAC's entries.
const index = buildNameIndex([
  entity('bsw-like', 'OPEN JOINT STOCK COMPANY BYELORUSSIAN STEELO WORKS MANAGEMENT COMPANY OF HOLDING BYELORUSSIAN METALLURGICO COMPANY', 'organization', true, { countries: ['Belarus'] }),
  entity('zdi-like', 'ZIMBABWO DEFENCE INDUSTRIES (PVT) LTD.', 'organization', false, { countries: ['Zimbabwe'] }),
  entity('yachts-like', 'IMPERIALO YACHTS SARL', 'organization', true, { countries: ['Monaco'] }),
  entity('familia-like', 'LA NUEVA FAMILIO MICHOACANA', 'organization', true, { countries: ['Mexico'] }),
  entity('flores-like', 'LAS FLORES CABANAS', 'organization', true, { countries: ['Mexico'] }),
  entity('rusal-like', 'UNITED COMPANY RUSALO PLC', 'organization', false, { countries: ['Russia'] }),
  entity('nordgold-like', 'NORDO GOLD PLC', 'organization', true, { countries: ['Russia'], names: [{ name: 'NORDO GOLD PLC', type: 'primary' }, { name: 'NORDOGOLD', type: 'aka' }] }),
  entity('iaio-like', 'IRANO AVIATION INDUSTRIES ORGANIZATION', 'organization', true, { countries: ['Iran'] }),
  entity('hamas-like', 'HAMIS', 'organization', true),
  entity('engines-like', 'DESIGN AND MANUFACTURE OF AIRCRAFT ENGINEZ', 'organization', true, { countries: ['Iran'] }),
  entity('mahar-like', 'A & M MAHARO COMPANY LIMITED', 'organization', true, { countries: ['Burma'], names: [{ name: 'A & M MAHARO COMPANY LIMITED', type: 'primary' }, { name: 'A AND M MAHARO COMPANY LIMITED', type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('an organization as the news spells it', () => {
  it('reads Belarus\'s adjective in any of its spellings, and a managing company by its own name', () => {
    expect(found('OFAC sanctioned the general director of Belarusian Steelo Works.')).toEqual(['Belarusian Steelo Works=bsw-like']);
    expect(found('OFAC sanctioned the general director of Belorussian Steelo Works.')).toEqual(['Belorussian Steelo Works=bsw-like']);
  });

  it('reads British and American spelling and a plural word of kind in the singular', () => {
    expect(found('Sanctions against Zimbabwo Defense Industry (ZDI) stay.')).toEqual(['Zimbabwo Defense Industry=zdi-like', 'ZDI=zdi-like']);
    expect(found('Sanctions against Zimbabwo Defence Industries stay.')).toEqual(['Zimbabwo Defence Industries=zdi-like']);
    expect(found('Sanctions on the head of Irano Aviation Industries Organisation.')).toEqual(['Irano Aviation Industries Organisation=iaio-like']);
  });

  it('reads "manufacturing" for the list\'s "manufacture" and back', () => {
    expect(found('Санкції проти Ірану: Design and Manufacturing of Aircraft Enginez, Paravar Pars Company.')).toEqual(['Design and Manufacturing of Aircraft Enginez=engines-like']);
    expect(found('Sanctions on Iran: Design and Manufacture of Aircraft Enginez.')).toEqual(['Design and Manufacture of Aircraft Enginez=engines-like']);
  });

  it('reads the word "yachts" in its common misspelling', () => {
    expect(found('Se ha identificado a Imperialo Yatchs SARL, una correduría de yates.')).toEqual(['Imperialo Yatchs SARL=yachts-like']);
  });

  it('finds a group without the article its listed name begins with', () => {
    expect(found('El Tesoro incluyó en la lista a la Nueva Familio Michoacana.')).toEqual(['Nueva Familio Michoacana=familia-like']);
  });

  it('needs evidence for two words left without the article: they may be a person\'s name', () => {
    expect(found('La señora Flores Cabanas cumplió cien años.')).toEqual([]);
  });

  it('finds a brand after the initials of the words of kind, with the firm\'s evidence', () => {
    expect(found('After OFAC lifted sanctions on UC Rusalo, Russia\'s aluminium giant, shares rose.')).toEqual(['UC Rusalo=rusal-like']);
    expect(found('The UC Rusalo team won the match.')).toEqual([]);
  });
});

describe('the punctuation around a group’s or a firm’s one word', () => {
  it('ends a name at a plural’s possessive apostrophe, as at "’s"', () => {
    expect(found('The OFAC sanctions target Hamis’ Investment Office, Treasury said of the sanctioned group.')).toEqual(['Hamis=hamas-like']);
    expect(found("The OFAC sanctions target Hamis's Investment Office, Treasury said of the sanctioned group.")).toEqual(['Hamis=hamas-like']);
  });

  it('reads a straight quote right after the word before as that word’s closing quote, not a sentence’s start', () => {
    expect(found('Санкции против России коснулись компаний "Северсталь", Nordogold.')).toEqual(['Nordogold=nordgold-like']);
    expect(found('Санкции против России коснулись компаний: "Nordogold".')).toEqual([]);
  });
});

describe('a firm with an ampersand in its name, without "Company Limited"', () => {
  it('finds it with the ampersand as written, on a sanctions page', () => {
    expect(found('The sanctions named six companies in Myanmar. They include A&M Maharo, a drug importer.')).toEqual(['A&M Maharo=mahar-like']);
    expect(found('The sanctions named A & M Maharo Company Limited.')).toEqual(['A & M Maharo Company Limited=mahar-like']);
  });

  it('needs the firm\'s evidence for its two words without the legal form', () => {
    expect(found('The shop A&M Maharo opened on Main Street.')).toEqual([]);
  });
});

// A nickname the lists carry as a person's weak alias, after the page named the person.
import { describe, expect, it } from 'vitest';
import { BOUND, nicknameKey } from '../../lib/match/nicknames';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities.filter((e) => e.id !== 'ofac-26946'),
  entity('oseguera', 'OSEGUERA CERVANTES, Nemesio', 'person', true, {
    countries: ['Mexico'],
    names: [{ name: 'OSEGUERA CERVANTES, Nemesio', type: 'primary' }, { name: 'Mencho', type: 'weak' }, { name: 'EL MENCHO', type: 'weak' }],
  }),
  entity('bout', 'BOUT, Viktor Anatolijevitch', 'person', true, { countries: ['Russia'] }),
  // The sample's MADURO GUERRA (ofac-26946) with the nickname the dataset's curated row gives him.
  entity('maduro-son', 'MADURO GUERRA, Nicolas Ernesto', 'person', true, {
    countries: ['Venezuela'],
    names: [{ name: 'MADURO GUERRA, Nicolas Ernesto', type: 'primary' }, { name: 'Nicolasito', type: 'weak' }],
  }),
  entity('zaldostanov', 'ZALDOSTANOV, Aleksandr', 'person', true, {
    names: [{ name: 'ZALDOSTANOV, Aleksandr', type: 'primary' }, { name: 'The Surgeon', type: 'weak' }, { name: 'Khirurg', type: 'weak' }],
  }),
  entity('tony', 'ZAMBADA GARCIA, Antonio', 'person', true, { countries: ['Mexico'], names: [{ name: 'ZAMBADA GARCIA, Antonio', type: 'primary' }, { name: 'TONY', type: 'weak' }] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a nickname from the lists', () => {
  it('is the person the page named before, with its article or alone', () => {
    const page = ['The Treasury sanctioned Nemesio Oseguera Cervantes “Mencho”, the cartel’s leader.', 'Washington has offered a reward for El Mencho; Mencho remains at large.'];
    expect(marks(page)).toEqual(['Nemesio Oseguera Cervantes:oseguera:sanctioned', 'Mencho:oseguera:sanctioned', 'El Mencho:oseguera:sanctioned', 'Mencho:oseguera:sanctioned']);
  });

  it('in a headline links forward to the person the text then names', () => {
    expect(marks(['Treasury targets El Mencho’s family', 'The Treasury sanctioned relatives of Nemesio Oseguera Cervantes on Tuesday.'])).toEqual([
      'El Mencho:oseguera:sanctioned',
      'Nemesio Oseguera Cervantes:oseguera:sanctioned',
    ]);
  });

  it('in quotes inside a name picks the person whose nickname it is over a namesake relative', () => {
    const page = [
      'Treasury targets Maduro’s son ‘Nicolasito’',
      'The Treasury sanctioned the son of President Nicolas Maduro, Nicolas "Nicolasito" Maduro, on Friday.',
      'Mr Maduro said his son Nicolasito was innocent.',
    ];
    expect(marks(page)).toEqual([
      'Maduro:ofac-22790:sanctioned',
      'Nicolasito:maduro-son:sanctioned',
      'Nicolas Maduro:ofac-22790:sanctioned',
      'Nicolas "Nicolasito" Maduro:maduro-son:sanctioned',
      // The surname alone, without the nickname, is still the father's; the nickname alone the son's.
      'Maduro:ofac-22790:sanctioned',
      'Nicolasito:maduro-son:sanctioned',
    ]);
    expect(marks(['The Treasury sanctioned President Nicolas Maduro on Friday.'])).toEqual(['Nicolas Maduro:ofac-22790:sanctioned']);
  });

  it('in quotes after its article may be in lower case, and "conocidos como" in the plural leads to it too', () => {
    expect(marks(['The Treasury sanctioned Nemesio Oseguera Cervantes.', 'Los socios de Oseguera Cervantes, conocidos como «El mencho», siguen libres.'])).toEqual([
      'Nemesio Oseguera Cervantes:oseguera:sanctioned',
      'Oseguera Cervantes:oseguera:sanctioned',
      'El mencho:oseguera:sanctioned',
    ]);
    // Without the quotes a lower-case word after "El" is no nickname.
    expect(marks(['The Treasury sanctioned Nemesio Oseguera Cervantes.', 'El mencho es otra cosa.'])).toEqual(['Nemesio Oseguera Cervantes:oseguera:sanctioned']);
    const isidro = buildNameIndex([entity('isidro', 'MEZA FLORES, Fausto Isidro', 'person', true, { countries: ['Mexico'], names: [{ name: 'MEZA FLORES, Fausto Isidro', type: 'primary' }, { name: 'ISIDRO, Chapo', type: 'weak' }] })]);
    expect(scanPage(isidro, ['La OFAC sancionó a Fausto Isidro Meza Flores y otros, conocidos como El Chapo Isidro.'])[0].map((m) => m.text)).toEqual(['Fausto Isidro Meza Flores']);
  });

  it('is nothing on a page that never named the person', () => {
    expect(marks(['Mencho remains at large, the Treasury said.'])).toEqual([]);
  });

  it('is never an everyday word or a common name, except right after the full name', () => {
    expect(nicknameKey('EL MENCHO')).toBe('mencho');
    expect(nicknameKey('TONY')).toBe(`${BOUND}tony`);
    expect(nicknameKey('ISIDRO, Chapo')).toBe(`${BOUND}chapo isidro`);
    expect(nicknameKey('THE DAPPER DON')).toBe(`${BOUND}dapper don`);
    expect(nicknameKey('THE MERCHANT OF DEATH')).toBeUndefined();
    expect(marks(['The Treasury sanctioned Antonio Zambada Garcia.', 'Tony said nothing.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned']);
    expect(marks(['The Treasury sanctioned Antonio Zambada Garcia (“Tony”).', 'Tony said nothing.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned', 'Tony:tony:sanctioned']);
    expect(marks(['The Treasury sanctioned Antonio Zambada Garcia, alias Tony.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned', 'Tony:tony:sanctioned']);
    expect(marks(['The Treasury sanctioned Antonio Zambada Garcia and Tony Lopez.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned']);
  });

  it('after "also known as" or "también conocido como" in brackets, as after "known as"', () => {
    expect(marks(['The Treasury sanctioned Antonio Zambada Garcia, also known as “Tony”.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned', 'Tony:tony:sanctioned']);
    expect(marks(['La OFAC sancionó a Antonio Zambada Garcia (también conocido como “Tony”).'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned', 'Tony:tony:sanctioned']);
    expect(marks(['La OFAC sancionó a Antonio Zambada Garcia, que también visitó a Tony.'])).toEqual(['Antonio Zambada Garcia:tony:sanctioned']);
  });

  it('of two words, right after the full name, is the person ("conocido como El Chapo Isidro")', () => {
    const isidro = buildNameIndex([entity('isidro', 'MEZA FLORES, Fausto Isidro', 'person', true, { countries: ['Mexico'], names: [{ name: 'MEZA FLORES, Fausto Isidro', type: 'primary' }, { name: 'ISIDRO, Chapo', type: 'weak' }] })]);
    const found = (text: string) => scanPage(isidro, [text])[0].map((m) => m.text);
    expect(found('La OFAC sancionó a Fausto Isidro Meza Flores, conocido como El Chapo Isidro, en México.')).toEqual(['Fausto Isidro Meza Flores', 'El Chapo Isidro']);
    expect(found('La OFAC sancionó a Fausto Isidro Meza Flores. El Chapo Isidro es otro.')).toEqual(['Fausto Isidro Meza Flores']);
  });
});

describe('a nickname in quotes inside a name', () => {
  it('is skipped: the name around it is found, and the mark covers the whole', () => {
    expect(marks(['OFAC sanctioned the arms dealer Viktor "Merchant of Death" Bout in 2004.', 'Viktor “The Merchant” Bout flew home.'])).toEqual([
      'Viktor "Merchant of Death" Bout:bout:sanctioned',
      'Viktor “The Merchant” Bout:bout:sanctioned',
    ]);
  });

  it('is not a quotation between two words, nor a long one', () => {
    expect(marks(['Viktor said "it is over" Bout later denied.', 'Viktor "who was called many names by the press" Bout.'])).toEqual([]);
  });
});

describe('a nickname the list gives as a given name, in quotes before the surname', () => {
  const chapo = buildNameIndex([
    entity('chapo-like', 'GUZMANO LOERA, Joaquin', 'person', true, { countries: ['Mexico'], names: [{ name: 'GUZMANO LOERA, Joaquin', type: 'primary' }, { name: 'GUZMANO, Chapito', type: 'aka' }] }),
    entity('firm-like', 'CHAPITO GUZMANO', 'organization', true, { countries: ['Mexico'] }),
  ]);
  const found = (text: string) => scanPage(chapo, [text])[0].map((m) => `${m.text}:${m.entityId}`);

  it('is the person: «El Chapito» Guzmano, “Chapito” Guzmano', () => {
    expect(found('El Tesoro sancionó al hijo de «El Chapito» Guzmano por tráfico de fentanilo.')).toEqual(['Chapito» Guzmano:chapo-like']);
    expect(found('The Treasury sanctioned the son of “Chapito” Guzmano on Tuesday.')).toEqual(['Chapito” Guzmano:chapo-like']);
  });

  it('is no firm’s name, and needs the quote to open right before the word or its article', () => {
    expect(found('El Tesoro sancionó al hijo de Chapito» Guzmano por tráfico de fentanilo.')).toEqual([]);
    expect(found('El Tesoro sancionó a «Los Chapito» Guzmano por tráfico de fentanilo.')).toEqual([]);
  });

  it('in Cyrillic, is the person only right after the full name, in brackets, quotes or after "по кличке"', () => {
    const page = ['Минфин США ввел санкции против лидера «Ночных волков» Александра Залдостанова (известного под кличкой Хирург).'];
    expect(marks(page)).toEqual(['Александра Залдостанова:zaldostanov:sanctioned', 'Хирург:zaldostanov:sanctioned']);
    expect(marks(['Санкции США: Александр Залдостанов «Хирург» ответил.'])).toEqual(['Александр Залдостанов:zaldostanov:sanctioned', 'Хирург:zaldostanov:sanctioned']);
    expect(marks(['Санкции США: Александр Залдостанов по прозвищу Хирург ответил.']).map((m) => m.split(':')[0])).toEqual(['Александр Залдостанов', 'Хирург']);
  });

  it('in Cyrillic, is nobody alone or after a full stop: the word is an everyday one', () => {
    expect(marks(['Санкции США против Александра Залдостанова. Хирург провел операцию.', 'Хирург ответил.']).map((m) => m.split(':')[0])).toEqual(['Александра Залдостанова']);
  });
});

// A vessel by its bare name, which is often an everyday word or a place: only where the page says it is a vessel.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up yachts shaped like OFAC's entries (GRACEFUL, OLYMPIA).
const index = buildNameIndex([
  entity('graceful-like', 'GRACEFUL', 'vessel', true, { countries: ['Russia'] }),
  entity('olympia-like', 'OLYMPIA', 'vessel', true, { countries: ['Cayman Islands'] }),
  // Made-up tankers shaped like OFAC's FOREST and FAXON.
  entity('forest-like', 'FORESTA', 'vessel', true, { countries: ['Iran'] }),
  entity('faxon-like', 'FAXONA', 'vessel', true, { countries: ['Panama'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a vessel by its bare name', () => {
  it('is the vessel after a vessel word and the words that introduce a list, English or Spanish', () => {
    expect(found('The Treasury named yachts such as the Graceful.')).toEqual(['Graceful=graceful-like']);
    expect(found('Se identificaron yates como el Graceful.')).toEqual(['Graceful=graceful-like']);
    expect(found('El Tesoro bloqueó el superyate Graceful.')).toEqual(['Graceful=graceful-like']);
  });

  it('is the vessel when Spanish gives its flag right after it', () => {
    expect(found('Se identificó el Olympia, de bandera de las islas Caimán.')).toEqual(['Olympia=olympia-like']);
    // "Athens Olympia" is another vessel, whose last word the listed one's name is.
    expect(found('Son propietarias de los buques Athens Olympia, de bandera panameña, y Chios I.')).toEqual([]);
  });

  it('is an everyday word or a place anywhere else', () => {
    expect(found('She visited Olympia with a Graceful step.')).toEqual([]);
    expect(found('Olympia, flagged as a risk by analysts, fell.')).toEqual([]);
    expect(found('La bandera de Olympia ondea.')).toEqual([]);
    expect(found('The yacht sailed on to Olympia in the morning.')).toEqual([]);
  });
});

describe('a tanker in a list after the vessel word, by its captain, and named again', () => {
  const STORY = 'El Tesoro impuso sanciones a los capitanes iraníes, dijo la OFAC.';

  it('is each name of a list the vessel word opens', () => {
    expect(found('Estaban al frente de los buques petroleros Clavel, Petunia, Foresta y Faxona.')).toEqual(['Foresta=forest-like', 'Faxona=faxon-like']);
    expect(found('The tankers Clavel, Foresta and Faxona arrived.')).toEqual(['Foresta=forest-like', 'Faxona=faxon-like']);
    expect(found('The tankers arrived, and Clavel, Foresta and Faxona left.')).toEqual([]);
  });

  it('is the ship after "capitán del", "captain of the", in a sanctions story only', () => {
    expect(found(`${STORY} Reza Vaziri, capitán de Foresta.`)).toEqual(['Foresta=forest-like']);
    expect(found(`${STORY} He was the captain of the Faxona.`)).toEqual(['Faxona=faxon-like']);
    expect(found('Reza Vaziri, capitán de Foresta.')).toEqual([]);
    expect(found(`${STORY} Habló el capitán Foresta.`)).toEqual([]);
  });

  it('is the vessel named again alone once the page named it so, a rare word not beside a capital', () => {
    expect(found('Llegó el buque Faxona. Hamidreza Yahya Zadeh estaba a cargo del Faxona.')).toEqual(['Faxona=faxon-like', 'Faxona=faxon-like']);
    expect(found('Llegó el buque Faxona. Luego se entregó el Faxona Prize.')).toEqual(['Faxona=faxon-like']);
    expect(found('Hamidreza Yahya Zadeh estaba a cargo del Faxona.')).toEqual([]);
  });
});

describe('a vessel read from Arabic words by their Latin letters', () => {
  // A made-up vessel of one word that is also a listed person's word (as OFAC's ULA and 'ULA'LAH, 'Ali Salih Husayn),
  // so that an Arabic word reads as it.
  const arabic = buildNameIndex([
    entity('ila-like', 'ILA', 'vessel', true, { countries: ['Turkey'] }),
    entity('ila-person', "'ILA'LAH, Hamid Salih", 'person', true, { nationalities: ['Yemen'] }),
  ]);
  const foundAr = (text: string) => scanText(arabic, text).map((m) => `${m.text}=${m.entityId}`);

  it('is no vessel without a cue: Arabic has no capitals to mark a name', () => {
    // "أعلى الله مقامه", a prayer for the dead: "الله" is stepped over as a compound's tail after the word read as Ila.
    expect(foundAr('رحيل العلامة الشيخ علي" أعلى الله مقامه"، والذي وافاه الاجل')).toEqual([]);
    expect(foundAr('رحمه الله واعلى الله مقامه')).toEqual([]);
  });
});

describe('a vessel without its trailing hull number', () => {
  // Made up, shaped like OFAC's ADRIAN DARYA 1.
  const numbered = buildNameIndex([entity('darya-like', 'ADRIAN DARYANA 1', 'vessel', true, { countries: ['Iran'] })]);
  const marks = (text: string) => scanText(numbered, text).map((m) => `${m.text}=${m.entityId}`);

  it('is the vessel right after a vessel word ("el buque petrolero iraní Adrian Daryana")', () => {
    expect(marks('La lista incluye una empresa con participación en el buque petrolero iraní Adrian Daryana, detenido en Gibraltar.')).toEqual(['Adrian Daryana=darya-like']);
    expect(marks('The tanker Adrian Daryana sailed to Syria.')).toEqual(['Adrian Daryana=darya-like']);
  });

  it('is no one without that word: the same words may be a person or a place', () => {
    expect(marks('Adrian Daryana llegó a Siria con su familia.')).toEqual([]);
  });
});

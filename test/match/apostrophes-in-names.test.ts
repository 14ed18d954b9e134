// An apostrophe inside a listed name's word (KATA'IB HIZBALLAH, SA'ID) as the web writes it: curly, a left quote for
// the ʿayn, the modifier letters and half rings of scholarly romanisation; the letters after it in lower case.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { tokenize } from '../../lib/names/normalize';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('kataib-like', "KATA'IB HIZBALLAH", 'organization', true, { countries: ['Iraq'], names: [{ name: "KATA'IB HIZBALLAH", type: 'primary' }, { name: "KATA'IB HEZBOLLAH", type: 'aka' }] }),
  // Made up, shaped like the UN's and OFAC's Haitian gang leader INNOCENT, Vitel'homme.
  entity('vitel-like', "INNOCENTE, Vitel'homme", 'person', true, { countries: ['Haiti'] }),
  // Made up, shaped like OFAC's TABATABA'I, Haytham 'Ali and SHAMS, 'Abd Al-Rahman 'Abd Al-Nabi.
  entity('tabatabai-like', "TABATABAHI, Haytham 'Ali", 'person', true, { countries: ['Lebanon'] }),
  entity('shams-like', "SHAMSI, 'Abd Al-Rahman 'Abd Al-Nabi", 'person', true, { countries: ['Bahrain'] }),
  // Made up, shaped like OFAC's AL-HUSAYNI, Ja'far (Iraq) and AL-USTADZ, Majdi Fa'iz; and a Korean name in McCune-Reischauer.
  entity('jafar-like', "AL-HUSAYNIE, Ja'far", 'person', true, { countries: ['Iraq'] }),
  entity('faiz-like', "AL-USTADZE, Majdi Fa'iz", 'person', true, { countries: ['Turkey'], nationalities: ['Palestinian'] }),
  entity('korean-like', "YO'NG, Cho'ng-Nam", 'person', true, { countries: ['North Korea'] }),
  // Made up, shaped like OFAC's AL-JAMAL, Sa'id Ahmad Muhammad (Iran): the apostrophe in the first of three given names.
  entity('jamal-like', "AL-JAMALI, Sa'id Ahmad Muhammad", 'person', true, { countries: ['Iran'] }),
  // Another listed name with the particle after "Abd", which the walk could take and then stop at.
  entity('abd-al-other', "'ABD AL-KARIMI, Yusufi", 'person', true),
]);

const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('an apostrophe inside a word', () => {
  it('splits the word into joined tokens, whichever character the page uses', () => {
    for (const a of ["'", '’', '‘', 'ʼ', 'ʻ', 'ʾ', 'ʿ', '`', '´']) expect(tokenize(`Kata${a}ib`).map((t) => t.key)).toEqual(['kata', 'ib']);
  });

  it('finds the group with the letters after it in lower case, not Hizballah alone inside its name', () => {
    for (const a of ["'", '’', '‘', 'ʾ']) {
      expect(marks(`The Treasury sanctioned leaders of Kata${a}ib Hezbollah, an Iraqi militia.`)).toEqual([`Kata${a}ib Hezbollah=kataib-like`]);
    }
    expect(marks('The Treasury sanctioned leaders of KATA’IB HIZBALLAH in Iraq.')).toEqual(['KATA’IB HIZBALLAH=kataib-like']);
  });
});

describe('an apostrophe inside a person’s given name ("Vitel\'homme")', () => {
  it('keeps the lower-case letters after it in the capitalised word: one mark for the whole name, its first mention too', () => {
    const page = "Haiti: the U.N. slapped sanctions on Vitel'homme Innocente, head of a gang. The Treasury said Vitel’homme Innocente had kidnapped missionaries.";
    expect(marks(page)).toEqual(["Vitel'homme Innocente=vitel-like", 'Vitel’homme Innocente=vitel-like']);
  });

  it('is no name for a lower-case word after a space', () => {
    expect(marks("Haiti: the U.N. slapped sanctions on Vitel homme Innocente's men.")).not.toContain("Vitel homme Innocente=vitel-like");
  });
});

describe('an apostrophe for the ʿayn at the start of an Arab name\'s word', () => {
  it('lets the name run on after a space, the apostrophe written as the list writes it', () => {
    for (const a of ["'", '‘', 'ʿ']) {
      expect(marks(`The Treasury sanctioned Hezbollah commander Haytham ${a}Ali Tabatabahi in Lebanon.`)).toContain(`Haytham ${a}Ali Tabatabahi=tabatabai-like`);
    }
  });

  it('is an opening quote, no ʿayn, where an apostrophe closes it after a later word', () => {
    expect(marks("The Treasury sanctioned commander Haytham 'Ali Tabatabahi' in Lebanon.")).not.toContain("Haytham 'Ali Tabatabahi'=tabatabai-like");
  });

  it('finds the name with or without the particle the page writes after "Abd"', () => {
    expect(marks('The Treasury designated Abd al-Rahman Abd al-Nabi Shamsi of Bahrain.')).toContain('Abd al-Rahman Abd al-Nabi Shamsi=shams-like');
    expect(marks("The Treasury designated 'Abd al-Rahman 'Abd al-Nabi Shamsi of Bahrain.")).toContain("'Abd al-Rahman 'Abd al-Nabi Shamsi".slice(1) + '=shams-like');
  });
});

describe('an Arab name the list writes with the ʿayn\'s apostrophe', () => {
  it('is found without the apostrophe and with the vowel said again after it', () => {
    expect(marks('The Treasury sanctioned Kata’ib Hezbollah’s spokesman Ja’afar al-Husaynie of Iraq.')).toContain('Ja’afar al-Husaynie=jafar-like');
    expect(marks('The Treasury sanctioned Jafar al-Husaynie of Iraq.')).toContain('Jafar al-Husaynie=jafar-like');
    expect(marks('The Treasury designated Majdi Faiz al-Ustadze for Hamas.')).toContain('Majdi Faiz al-Ustadze=faiz-like');
  });

  it('is found by its first given name with the apostrophe and the family name, the middle names left out', () => {
    for (const a of ["'", '’', 'ʿ']) {
      expect(marks(`The Treasury sanctioned Houthi financial official Sa${a}id al-Jamali and his network.`)).toContain(`Sa${a}id al-Jamali=jamal-like`);
    }
  });

  it('keeps a Korean name\'s apostrophes, which are no ʿayn', () => {
    expect(marks('The Treasury sanctioned Chong-Nam Yong of North Korea.')).not.toContain('Chong-Nam Yong=korean-like');
  });
});

describe('a surname alone with an apostrophe inside it (shipped dataset)', () => {
  it("marks the whole word after the full name, not the word cut at its apostrophe ('Tabataba')", () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const text = "Hezbollah commander Haytham 'Ali Tabataba'i was killed. Tabataba'i led the Radwan force.";
    expect(scanText(shipped, text).map((m) => m.text)).toEqual(['Hezbollah', "Haytham 'Ali Tabataba'i", "Tabataba'i"]);
  });
});

describe('an ʿayn apostrophe one of a person\'s listed names writes and another leaves out', () => {
  // Made up, shaped like OFAC's AL-BANAI, Abd al-Muayyid (aka AL-BANAI, Abd-al-Mu'ayyid Ridha Hassan) and his listed
  // brother AL BANAI, Ali Reda Hassan, whom a surname alone linked to before.
  const brothers = buildNameIndex([
    entity('brother-one', 'AL BANAHI, Ali Reda Hassan', 'person', true, { countries: ['Qatar'] }),
    { ...entity('brother-two', 'AL-BANAHI, Abd al-Muayyid', 'person', true, { countries: ['Qatar'] }), names: [{ name: 'AL-BANAHI, Abd al-Muayyid', type: 'primary' as const }, { name: "AL-BANAHI, Abd-al-Mu'ayyid Ridha Hassan", type: 'aka' as const }] },
  ]);
  const found = (text: string) => scanText(brothers, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds the shorter name with the apostrophe the page writes', () => {
    expect(found('The Treasury designated Ali Reda Hassan al-Banahi and Abd al-Mu’ayyid al-Banahi, both brothers, as terrorists.')).toEqual(['Ali Reda Hassan al-Banahi=brother-one', 'Abd al-Mu’ayyid al-Banahi=brother-two']);
    expect(found('The Treasury designated Ali Reda Hassan al-Banahi and Abd al-Muayyid al-Banahi, both brothers, as terrorists.')).toEqual(['Ali Reda Hassan al-Banahi=brother-one', 'Abd al-Muayyid al-Banahi=brother-two']);
  });
});

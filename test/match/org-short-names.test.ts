import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made-up firms shaped like the lists' Russian state firms and a Lebanese association.
const index = buildNameIndex([
  entity('rusal-like', 'UNITED COMPANY RUSALO PLC', 'organization', true, { countries: ['Russia'] }),
  entity('renova-like', 'RENOVIA GROUP', 'organization', true, { countries: ['Russia'] }),
  entity('gazprom-like', 'PUBLIC JOINT STOCK COMPANY GAZPROMO', 'organization', true, { countries: ['Russia'], names: [{ name: 'PUBLIC JOINT STOCK COMPANY GAZPROMO', type: 'primary' }, { name: 'GAZPROMO', type: 'aka' }] }),
  entity('aqah-like', 'AL-QARDO AL-HASSANO ASSOCIATION', 'organization', true, { countries: ['Lebanon'] }),
  entity('fsb-like', 'FEDERAL SECURITO SERVICE', 'agency', true, { countries: ['Russia'], names: [{ name: 'FEDERAL SECURITO SERVICE', type: 'primary' }, { name: 'FEDERALNAYA SLUZHBO BEZOPASNOSTI', type: 'aka' }] }),
  entity('intel-like', 'Bolivarian Intelligence Office', 'agency', null, { countries: ['Venezuela'], names: [{ name: 'Bolivarian Intelligence Office', type: 'primary' }, { name: 'National Intelligence Office', type: 'weak' }] }),
  entity('forces-like', 'Special Patrol Forces', 'agency', null, { countries: ['Venezuela'] }),
  entity('zenit-like', 'BANK ZENIQ PUBLIC JOINT STOCK COMPANY', 'organization', true, { countries: ['Russia'] }),
  entity('sogaz-like', 'GAS INDUSTRY INSURANCE COMPANY SOGAZO', 'organization', true, { countries: ['Russia'] }),
  entity('managing-like', 'MANAGEMENT COMPANY METALLOVEST LLC', 'organization', true, { countries: ['Russia'] }),
  entity('istanbul-like', 'PIRLANTO KUYUMCULUK TICARET LIMITED SIRKETI', 'organization', true, { countries: ['Turkey'], names: [{ name: 'PIRLANTO KUYUMCULUK TICARET LIMITED SIRKETI', type: 'primary' }, { name: 'JAWHIRAO COMPANY ISTANBUL', type: 'aka' }] }),
  entity('hamas-like', 'HAMIS', 'organization', true),
  entity('hamas-person', 'HAMIS, Saidulo', 'person', true, { names: [{ name: 'JANO, Saidulo', type: 'primary' }, { name: 'HAMIS, Saidulo', type: 'aka' }] }),
  entity('international-like', 'PETROCHEMICAL COMMERCIAL COMPANY INTERNATIONAL', 'organization', true, { countries: ['Iran'] }),
  entity('severstal-like', 'PUBLIC JOINT STOCK COMPANY SEVERSTALO', 'organization', true, { countries: ['Russia'] }),
  entity('potash-like', 'OPEN JOINT STOCK COMPANY BELARUSIAN POTASHO COMPANY', 'organization', true, { countries: ['Belarus'] }),
  entity('enplus-like', 'EM+ GROUP PLC', 'organization', true, { countries: ['Jersey', 'Russia'] }),
  entity('belaz-like', 'OPEN JOINT STOCK COMPANY BELARUSIAN AUTOMOBILO PLANT', 'organization', true, { countries: ['Belarus'] }),
  entity('ryonbong-ofac', 'KOREA RYONBONGO GENERAL CORPORATION', 'organization', true, { countries: ['Korea, North'] }),
  // Shaped like OFAC's JAMMAL TRUST BANK S.A.L. (aka JAMMAL TRUST BANK).
  entity('jammal-like', 'JAMMALO TRUST BANK S.A.L.', 'organization', true, { countries: ['Lebanon'], names: [{ name: 'JAMMALO TRUST BANK S.A.L.', type: 'primary' }, { name: 'JAMMALO TRUST BANK', type: 'aka' }] }),
  // Shaped like the UN's and OFAC's alias AL-QA'IDA IN THE ISLAMIC MAGHREB, and a brigade named after a man.
  entity('aqim-like', 'SALAFIST GROUP FOR CALLING AND COMBAT', 'organization', true, { countries: ['Mali'], names: [{ name: 'SALAFIST GROUP FOR CALLING AND COMBAT', type: 'primary' }, { name: 'AL-QAEDO IN THE ISLAMIC MAGHREB', type: 'aka' }] }),
  entity('brigade-like', 'AL-QAEDO BRIGADE', 'organization', true, { countries: ['Bahrain'] }),
  entity('popular-like', 'POPULAR CREDIT BANK', 'organization', true, { countries: ['Syria'] }),
  entity('ryonbong-un', 'KOREA RYONBONGO GENERAL CORPORATION', 'organization', true, { countries: ["Democratic People's Republic of Korea"] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('organisations by brand and initials', () => {
  it('finds a firm by its brand without the words of kind, on a sanctions page that names its country', () => {
    expect(found('The US sanctions hit Russian tycoons: Oleg Deripaska, co-owner of Rusalo, and others.')).toEqual(['Rusalo=rusal-like']);
    expect(found('Treasury sanctions on Russia named the holding Renovia among the firms.')).toEqual(['Renovia=renova-like']);
  });

  it('finds a one-word alias as the brand, under the same evidence', () => {
    expect(found('The US sanctions on Russia name Alexei Miller of Gazpromo as well.')).toEqual(['Gazpromo=gazprom-like']);
    expect(found('Alexei Miller of Gazpromo spoke about the weather in Moscow.')).toEqual([]);
  });

  it('finds the brand a name gives after its word of kind, never an everyday word nor a managing firm\'s', () => {
    expect(found('The EU sanctions on Russia include JSC "SOGAZO", the insurer.')).toEqual(['SOGAZO=sogaz-like']);
    expect(found('The EU sanctions on Russia include Metallovest, the steel maker.')).toEqual([]);
    expect(found('The US sanctions on Iran hit firms in the International trade.')).toEqual([]);
  });

  it('finds a group by its own five-letter name that a listed person carries too, only in a sanctions story', () => {
    expect(found('The United States imposed sanctions on a Hamis finance official, the Treasury said.')).toEqual(['Hamis=hamas-like']);
    expect(found('Iran’s drones were used by Palestinian Hamis, the Treasury said in its sanctions notice.')).toEqual(['Hamis=hamas-like']);
    expect(found('The match ended late: a goal by Hamis in the second half sealed it.')).toEqual([]);
    expect(found('The sanctions story named Ali Hamis as a donor.')).toEqual([]);
  });

  it('finds the group far from the sanctions words on a page that tells the story at length, not on a page that only mentions sanctions', () => {
    const filler = 'Forces struck weapons storage facilities across the region early in the morning, officials said, and more strikes were expected later in the week as ships kept away from the routes they used to sail.';
    const story = 'The Treasury sanctioned eighteen firms and vessels. OFAC said the sanctioned network moved oil; the sanctions freeze what the designated firms hold.';
    const last = 'Ships were targeted in support of Hamis and their ongoing war.';
    const marks = (blocks: string[]) => scanPage(index, blocks).flat().map((m) => m.text);
    expect(marks([story, filler, filler, filler, last])).toContain('Hamis');
    expect(marks(['The Treasury sanctioned a firm last year.', filler, filler, filler, last])).not.toContain('Hamis');
  });

  it('finds a group whose name begins with the Arabic article in lower case ("al-Qaeda in the Islamic Maghreb")', () => {
    expect(found('The UN sanctioned leaders of al-Qaedo in the Islamic Maghreb in Mali.')).toEqual(['al-Qaedo in the Islamic Maghreb=aqim-like']);
    expect(found('The UN sanctioned commanders of the al-Qaedo Brigade in Mali.')).not.toContain('al-Qaedo Brigade=brigade-like');
  });

  it('never takes the place after a lone name and its word of kind for the brand (JAWHIRAH COMPANY ISTANBUL)', () => {
    expect(found('The US sanctions on Turkey hit gold traders who moved money through Istanbul and beyond.')).toEqual([]);
  });

  it('reads a brand that fills its quotes mid-sentence as a name, not the start of a quotation', () => {
    expect(found('The EU sanctions on Russia included "Severstalo’s" main owner.')).toEqual(['Severstalo=severstal-like']);
    expect(found('The EU sanctions on Russia included "Severstalo" too.')).toEqual(['Severstalo=severstal-like']);
    expect(found('The EU sanctions on Russia drew a reply: "Severstalo will appeal," it said.')).toEqual([]);
  });

  it('finds a name whose last word of kind the news abbreviates ("Co.", "Corp.")', () => {
    expect(found('The EU also targets its export arm, Belarusian Potasho Co., in Belarus.')).toEqual(['Belarusian Potasho Co=potash-like']);
    expect(found('The EU also targets Belarusian Potasho Company.')).toEqual(['Belarusian Potasho Company=potash-like']);
  });

  it('takes a short name the page defines in brackets from the name\'s own words, also for a name two lists share', () => {
    const marks = found('Two entities: Korea Ryonbongo General Corporation (Ryonbongo) and others. Ryonbongo buys parts abroad.');
    expect(marks).toEqual(['Korea Ryonbongo General Corporation=ryonbong-ofac', 'Ryonbongo=ryonbong-ofac', 'Ryonbongo=ryonbong-ofac']);
    // A word that is not the name's own, or an everyday one, defines nothing.
    expect(found('Korea Ryonbongo General Corporation (Pyongsong) and others. Pyongsong buys parts.')).toEqual(['Korea Ryonbongo General Corporation=ryonbong-ofac']);
    expect(found('Korea Ryonbongo General Corporation (General) and others. General buys parts.')).toEqual(['Korea Ryonbongo General Corporation=ryonbong-ofac']);
    // The short name with one letter slipped in, nine letters or more, no listed or everyday word.
    expect(found('Two entities: Korea Ryonbongo General Corporation (Ryonbongo) and others. Ryongbongo buys parts abroad.')).toEqual(['Korea Ryonbongo General Corporation=ryonbong-ofac', 'Ryonbongo=ryonbong-ofac', 'Ryongbongo=ryonbong-ofac']);
    expect(found('Two entities: Korea Ryonbongo General Corporation (Ryonbongo) and others. Rysongbongo buys parts abroad.')).toEqual(['Korea Ryonbongo General Corporation=ryonbong-ofac', 'Ryonbongo=ryonbong-ofac']);
  });

  it('finds a North Korean firm written without the country word the list puts first', () => {
    expect(found('Four individuals are tied to Ryonbongo General Corporation, the Treasury said.')).toEqual(['Ryonbongo General Corporation=ryonbong-ofac']);
  });

  it('leaves a brand alone without a sanctions story or the firm\'s country', () => {
    expect(found('Oleg, co-owner of Rusalo, the bakery on the corner, opened early.')).toEqual([]);
    expect(found('The US sanctions hit Venezuelan officials and Rusalo, a shop.')).toEqual([]);
  });

  it('keeps a bank brand of five letters out, as before', () => {
    expect(found('The US sanctions on Russia: the club Zeniq won on Sunday.')).toEqual([]);
  });

  it('takes an acronym the page defines in brackets after the full name, for the rest of the page', () => {
    expect(found('Sanctions hit Hezbollah\'s firm Al-Qardo al-Hassano (AQAH) on Tuesday; AQAH denied it.')).toEqual(['Al-Qardo al-Hassano=aqah-like', 'AQAH=aqah-like', 'AQAH=aqah-like']);
    expect(found('Sanctions on Russia hit the Federal Securito Service (FSB) and its officers.')).toEqual(['Federal Securito Service=fsb-like', 'FSB=fsb-like']);
    expect(found('AQAH said on Tuesday that sanctions on Lebanon hurt, as the FSB did.')).toEqual([]);
    expect(found('The Federal Securito Service (FSS) denied it; the FSS said sanctions on Russia were unlawful.')).toEqual(['Federal Securito Service=fsb-like', 'FSS=fsb-like', 'FSS=fsb-like']);
    expect(found('Renovia Group (RGC) and the RGC said nothing.')).toEqual(['Renovia Group=renova-like', 'RGC=renova-like', 'RGC=renova-like']);
    // In a mixed case that reads as an acronym too; a pronounceable word in title case defines nothing.
    expect(found('OFAC named the Belarusian Automobilo Plant (BelAZ). Workers at BelAZ were threatened.')).toEqual(['Belarusian Automobilo Plant=belaz-like', 'BelAZ=belaz-like', 'BelAZ=belaz-like']);
    expect(found('OFAC named the Belarusian Automobilo Plant (Belaz). Workers at Belaz were threatened.')).toEqual(['Belarusian Automobilo Plant=belaz-like']);
  });

  it('finds a brand written with a "+" ("En+" of EN+ GROUP PLC) only on a sanctions page that names its country', () => {
    expect(found('The US sanctions on Russian tycoon Oleg Deripaska: he must divest from Em+ and EM+ Group.')).toEqual(['Em+=enplus-like', 'EM+ Group=enplus-like']);
    expect(found('Em+ said on Tuesday its sales rose; Em and Em+ both traded.')).toEqual([]);
    expect(found('The US sanctions on Russian firms: Disney+ and C++ are not on the list.')).toEqual([]);
  });

  it('finds a weak agency name qualified by its country, and never the weak name alone', () => {
    expect(found('He led the Venezuelan National Intelligence Office for years.')).toEqual(['Venezuelan National Intelligence Office=intel-like']);
    expect(found('He led the National Intelligence Office of Kenya for years.')).toEqual([]);
    expect(found('He led the Kenyan National Intelligence Office for years.')).toEqual([]);
  });

  it('finds a unit the list names in the plural written in the singular', () => {
    expect(found('He commanded the Special Patrol Force in Caracas.')).toEqual(['Special Patrol Force=forces-like']);
  });
});

describe('a Russian defence holding\'s words of kind before its own name', () => {
  const npo = buildNameIndex([
    ...fixtureEntities,
    { ...entity('npo', 'JOINT STOCK COMPANY MILITARY-INDUSTRIAL CORPORATION NPO MASHINOSTROYENIA', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'JOINT STOCK COMPANY MILITARY-INDUSTRIAL CORPORATION NPO MASHINOSTROYENIA', type: 'primary' }, { name: 'VPK NPO MASHINOSTROENIYA', type: 'aka' }] },
  ]);
  const found = (text: string) => scanText(npo, text).map((m) => `${m.text}:${m.entityId}`);

  it('are left out as a legal form is, and the name then asks a firm\'s evidence', () => {
    expect(found('Санкции США распространяются на «НПО машиностроения» и Россию.')).toEqual(['НПО машиностроения:npo']);
    expect(found('US sanctions hit NPO Mashinostroyenia on Friday.')).toEqual(['NPO Mashinostroyenia:npo']);
    expect(found('Завод «НПО машиностроения» открыл музей.')).toEqual([]);
  });
});

describe('a listed name at the end of a longer one', () => {
  // Made-up banks shaped like North Korea's: a generic one and one whose name the page gives with a word left out.
  const banks = buildNameIndex([
    entity('generic-bank', 'INDUSTRIOL BANK', 'organization', true, { countries: ['China'] }),
    entity('long-bank', 'INTERNATIONOL INDUSTRIOL DEVELOPMENT BANK', 'organization', true, { countries: ['Korea, North'] }),
  ]);
  const marks = (text: string) => scanText(banks, text).map((m) => `${m.text}=${m.entityId}`);

  it('is not the listed name when a capitalised word before them begins another listed name: "Internationol Industriol Bank"', () => {
    expect(marks('Treasury sanctioned eight North Korean banks, among them the Internationol Industriol Bank.')).toEqual([]);
    expect(marks('Treasury sanctioned eight North Korean banks, among them the Industriol Bank.')).toEqual(['Industriol Bank=generic-bank']);
  });
});

describe('a bank without "Bank" after a word that says it keeps money', () => {
  it('finds "Jammal Trust" of JAMMAL TRUST BANK S.A.L. on a sanctions page', () => {
    expect(found('The Treasury sanctioned Jammalo Trust for helping a militia in Lebanon. Jammalo Trust denied it.')).toEqual(['Jammalo Trust=jammal-like', 'Jammalo Trust=jammal-like']);
  });

  it('gives no such form to a bank whose first word describes it', () => {
    expect(found('The Treasury sanctioned Popular Credit for helping the government of Syria.')).toEqual([]);
  });
});

describe("a page's short name given before the full name in brackets", () => {
  // Made-up, shaped as OFAC lists BANCO CORPORATIVO SA (weak alias BANCORP) of Nicaragua.
  const bank = buildNameIndex([entity('bank', 'BANCO CORPORATIVIO SA', 'organization', true, { countries: ['Nicaragua'] })]);
  const marks = (text: string) => scanText(bank, text).map((m) => `${m.text}=${m.entityId}`);

  it('defines a contraction of the name\'s first words ("Bancorp (Banco Corporativio SA)"), here and later on the page', () => {
    expect(marks('США ввели санкции против никарагуанского банка Bancorp (Banco Corporativio SA). Санкции против Bancorp объявил Болтон.')).toEqual([
      'Bancorp=bank',
      'Banco Corporativio SA=bank',
      'Bancorp=bank',
    ]);
  });

  it('defines no word that is not made of the name\'s first letters, and none before the brackets\' space', () => {
    expect(marks('США ввели санкции против банка Nicabank (Banco Corporativio SA). Санкции против Nicabank объявил Болтон.')).toEqual(['Banco Corporativio SA=bank']);
    expect(marks('США ввели санкции против банка Bancorp, (Banco Corporativio SA).')).toEqual(['Banco Corporativio SA=bank']);
  });
});

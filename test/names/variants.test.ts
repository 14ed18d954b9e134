import { describe, expect, it } from 'vitest';
import { nameVariants, personName } from '../../lib/names/variants';

const forms = (name: string, kind: Parameters<typeof nameVariants>[1] = 'person') => nameVariants(name, kind).map((v) => v.tokens.join(' '));

describe('nameVariants', () => {
  it('writes a UN Arabic name of four words also with the first three (name, father, grandfather)', () => {
    expect(forms('ABDEL RAHMAN JUMA BARKALLA')).toEqual(['abdel rahman juma barkalla', 'abdel rahman juma']);
    expect(forms('MIN AUNG HLAING')).toEqual(['min aung hlaing']);
  });

  it('writes a Spanish list name as the news does: both surnames, or the first one', () => {
    const f = forms('MADURO MOROS, Nicolas');
    expect(f).toContain('nicolas maduro moros');
    expect(f).toContain('nicolas maduro');
  });

  it('keeps one given name with the surnames, and the first given name with the first surname', () => {
    const f = forms('CARVAJAL BARRIOS, Hugo Armando');
    expect(f).toContain('hugo carvajal barrios');
    expect(f).toContain('hugo carvajal');
  });

  it('keeps the family-name-first order of the list (Chen Quanguo, Kim Jong Un)', () => {
    expect(forms('CHEN, Quanguo')).toContain('chen quanguo');
    expect(forms('KIM, Jong Un')).toContain('kim jong un');
  });

  it('drops Arabic particles (the scanner skips them in the text too)', () => {
    expect(forms('AL-ASSAD, Bashar')).toContain('bashar assad');
  });

  it('writes a Spanish-named crime group without the words of kind OFAC puts after it, not a surname-named one', () => {
    expect(forms('LOS LOBOS DRUG TRAFFICKING ORGANIZATION', 'organization')).toContain('los lobos');
    expect(forms('LOS HUISTAS DTO', 'organization')).toContain('los huistas');
    expect(forms('FLORES DRUG TRAFFICKING ORGANIZATION', 'organization')).not.toContain('flores');
  });

  it('takes "Public Company Limited" (Thailand, Myanmar) off as one legal form', () => {
    expect(forms('MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED', 'organization')).toContain('myanma economic holdings');
    expect(forms('ASIA GREEN DEVELOPMENT BANK PCL', 'organization')).toContain('asia green development bank');
  });

  it('keeps a name without a marked surname whole', () => {
    expect(forms('Min Aung Hlaing')).toEqual(['min aung hlaing']);
  });

  it('reads the EU and UN way of writing surnames in capitals', () => {
    expect(personName('Gustavo Enrique GONZÁLEZ LÓPEZ')).toEqual({ given: ['gustavo', 'enrique'], family: ['gonzalez', 'lopez'] });
  });

  it('makes an organization’s legal form optional', () => {
    expect(forms('PETROLEOS DE VENEZUELA, S.A.', 'organization')).toContain('petroleos de venezuela');
    expect(forms('ANGLO-CARIBBEAN CO., LTD.', 'organization')).toContain('anglo caribbean');
    expect(forms('OOO ROMASHKA', 'organization')).toContain('romashka');
    // Mexico's sociedad de responsabilidad limitada, alone or with "de capital variable".
    expect(forms('SCHLAGER BUSINESS GROUP S. DE R.L. DE C.V.', 'organization')).toContain('schlager business group');
    expect(forms('GRUPO EJEMPLO, S. DE R.L.', 'organization')).toContain('grupo ejemplo');
  });

  it('reads a Russian legal form written out, before or after the name, with щ romanised either way', () => {
    // Found on a Russian page: 'Объединенная авиастроительная корпорация', 'Конструкторское бюро приборостроения'.
    expect(forms('PUBLICHNOE AKTSIONERNOE OBSCHESTVO OBEDINENNAYA AVIASTROITELNAYA KORPORATSIYA', 'organization')).toContain('obedinennaya aviastroitelnaya korporatsiya');
    expect(forms('KONSTRUKTORSKOE BYURO PRIBOROSTROENIYA OTKRYTOE AKTSIONERNOE OBSHCHESTVO', 'organization')).toContain('konstruktorskoe byuro priborostroeniya');
    expect(forms('AKTSIONERNOE OBSCHESTVO ROMASHKA', 'organization')).toContain('romashka');
  });

  it('drops a devotional first given name (María, José) as the news does, and no other', () => {
    const f = forms('VARELA RANGEL, Maria Iris');
    expect(f).toContain('iris varela');
    expect(f).toContain('iris varela rangel');
    expect(forms('LOPEZ GARCIA, Juan Carlos')).not.toContain('carlos lopez');
    expect(forms('LOPEZ GARCIA, Juan Carlos')).not.toContain('carlos lopez garcia');
  });

  it('spells a word as the news does where the list romanises it otherwise (Hezbollah, al-Qaeda, Spanish Hezbolá)', () => {
    expect(forms('HIZBALLAH', 'organization')).toEqual(['hizballah', 'hezbollah', 'hezbola', 'hizbollah', 'hizbola', 'hizbullah', 'hizbula', 'hizbala']);
    expect(forms('KATA\'IB HIZBALLAH', 'organization')).toContain('kata ib hezbollah');
    expect(forms('AL-QAIDA', 'organization')).toContain('al qaeda');
    expect(forms('HIZBALLAH', 'person')).not.toContain('hezbollah');
  });

  it('writes an Arabic word of an organization without its apostrophe, as the news does (Kataeb, Kataib, Jamaat; Qods)', () => {
    expect(forms('KATA\'IB HIZBALLAH', 'organization')).toEqual(expect.arrayContaining(['kataib hizballah', 'kataeb hezbollah']));
    expect(forms('JAMA\'AT UL-DAWA', 'organization')).toEqual(['jama at ul dawa', 'jamaat ul dawa']);
    expect(forms('IRGC-QUDS FORCE', 'organization')).toContain('irgc qods force');
    expect(forms('SA\'ID, Ahmad')).not.toContain('ahmad said');
  });

  it('drops "Association" at the end of an organization’s name of two words or more, as a legal form', () => {
    const v = nameVariants('AL-QARD AL-HASSAN ASSOCIATION', 'organization');
    expect(v.map((x) => x.tokens.join(' '))).toContain('al qard al hassan');
    expect(v.find((x) => x.tokens.join(' ') === 'al qard al hassan')?.withoutLegalForm).toBe(true);
    expect(forms('TEACHERS ASSOCIATION', 'organization')).toEqual(['teachers association']);
  });

  it('reads a joint stock company at the end as a legal form, and a bank by its brand alone', () => {
    const f = forms('VTB BANK PUBLIC JOINT STOCK COMPANY', 'organization');
    expect(f).toContain('vtb bank');
    expect(f).toContain('vtb');
    expect(forms('OTKRITIE BANK', 'organization')).toContain('otkritie');
    expect(forms('BANK MELLI IRAN', 'organization')).not.toContain('melli');
    expect(forms('VTB CAPITAL', 'organization')).not.toContain('vtb');
    // "Банк Москвы" is the Bank of Moscow: "Москвы" on a page is the city's genitive ("из Москвы"), no brand.
    expect(forms('BANK MOSKVY PAO', 'organization')).not.toContain('moskvy');
    expect(forms('BANK ZENIT PUBLIC JOINT STOCK COMPANY', 'organization')).toContain('zenit');
  });

  it('offers a firm’s brand in quotes alone, and not a word cut by an apostrophe', () => {
    const v = nameVariants("PRIVATE MILITARY COMPANY 'WAGNER'", 'organization');
    expect(v.find((x) => x.tokens.join(' ') === 'wagner')?.withoutLegalForm).toBe(true);
    // The name whole, and its Arabic word without the apostrophe (see above), but no brand cut out at the apostrophes.
    expect(forms("JAM'IYAT IHYA' AL-TURATH AL-ISLAMI", 'organization')).toEqual(['jam iyat ihya al turath al islami', 'jamiyat ihya al turath al islami', 'jameyat ihya al turath al islami']);
    expect(forms('DIAMVILLE SAU', 'organization')).toContain('diamville');
  });

  it('drops the article after "of" in a body’s name, as the news does (Department of Treasury), and not in a person’s', () => {
    expect(forms('US Department of the Treasury', 'agency')).toContain('us department of treasury');
    expect(forms('FOURTH DIVISION OF THE SYRIAN ARAB ARMY', 'organization')).toContain('fourth division of syrian arab army');
    expect(forms('BANK OF THE', 'organization')).not.toContain('bank of');
    expect(forms('OF THE PEOPLE, Juan', 'person').some((f) => f.includes('of people'))).toBe(false);
  });

  it('spells out the MVD inside a body’s name, with the state’s short name too, as the news writes it', () => {
    const f = forms('MAIN DIRECTORATE FOR COMBATING ORGANIZED CRIME AND CORRUPTION OF THE MVD OF THE REPUBLIC OF BELARUS', 'organization');
    expect(f).toContain('main directorate for combating organized crime and corruption of the ministry of internal affairs of belarus');
    expect(f).toContain('main directorate for combating organized crime and corruption of the mvd of the republic of belarus');
    expect(forms('MVD', 'agency')).toEqual(['mvd']);
  });

  it('spells out a football club’s acronym before its brand, kind first as Russian and Ukrainian news writes it', () => {
    expect(forms('JSC PFC ZORSKA', 'organization')).toContain('football club zorska');
    expect(forms('FC ZORMAT GROZNY', 'organization')).toContain('football club zormat grozny');
    expect(forms('RFK ZORMAT', 'organization')).toContain('football club zormat');
    // An acronym alone is no club's name; nor is a two-word name with another acronym spelled out.
    expect(forms('FC', 'organization')).toEqual(['fc']);
    expect(forms('MVD ZORSKA', 'organization')).not.toContain('ministry of internal affairs zorska');
    // Inside a name FK is a financial corporation.
    expect(forms('PJSC BANK FK ZORSKA', 'organization').some((f) => f.includes('football'))).toBe(false);
  });

  it('keeps a vessel’s name whole', () => {
    expect(forms('PDVSA CARDON', 'vessel')).toEqual(['pdvsa cardon']);
  });
});

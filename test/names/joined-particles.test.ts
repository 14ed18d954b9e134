import { describe, expect, it } from 'vitest';
import { abdJoinedName, articleApartName, compoundsJoinedName, joinedParticleName } from '../../lib/names/joined-particles';

describe('Arabic particles joined to the word before, as South Asian news writes them', () => {
  // The case stays as written: the index folds the name's words.
  it('joins "ur", "ul" and "Ullah" written apart, in either order of a listed name', () => {
    expect(joinedParticleName('RAHMAN, Inayat ur')).toBe('RAHMAN, Inayatur');
    expect(joinedParticleName('MUHAMMAD, Hayat Ullah Ghulam')).toBe('MUHAMMAD, HayatUllah Ghulam');
    expect(joinedParticleName("JAMA'AT UL DAWA AL-QU'RAN")).toBe("JAMA'ATUL DAWA AL-QU'RAN");
    expect(joinedParticleName('Zaki-ur-Rehman Lakhvi')).toBe('Zakiur-Rehman Lakhvi');
  });

  it('joins "ud Din" on both sides', () => {
    expect(joinedParticleName('Shams ud Din Haqqani')).toBe('ShamsudDin Haqqani');
  });

  it('leaves a name without such a particle alone, and a particle inside a word', () => {
    expect(joinedParticleName('ALI, Hassan')).toBeUndefined();
    expect(joinedParticleName('ULLAH, Naqib')).toBeUndefined();
    expect(joinedParticleName('Uruguay Trading')).toBeUndefined();
  });
});

describe('the lists\' article joined to a family name', () => {
  it('is written apart as the news writes it ("al-Skeni" of ALSKENI)', () => {
    expect(articleApartName('ALSKENI, Khalid Kadhim Jasim')).toBe('AL-SKENI, Khalid Kadhim Jasim');
  });

  it('leaves given names, Ali, names with a double l and names without a comma as they are', () => {
    expect(articleApartName('SMITH, Alfred')).toBeUndefined();
    expect(articleApartName('ALI, Ahmad')).toBeUndefined();
    expect(articleApartName('ALLAWI, Ayad')).toBeUndefined();
    expect(articleApartName('ALSKENI KHALID')).toBeUndefined();
  });
});

describe('an "Abd" compound written apart', () => {
  it('is joined as Arabic writes it ("عبدالمحسن" of Abdul Mohsen), with the article between too', () => {
    expect(abdJoinedName('AL-SHARIKH, Abdul Mohsen Abdullah Ibrahim')).toBe('AL-SHARIKH, Abdulmohsen Abdullah Ibrahim');
    expect(abdJoinedName('AL-SHARIKH, Abd-al-Muhsin Abdallah')).toBe('AL-SHARIKH, Abdalmuhsin Abdallah');
  });

  it('leaves a name without one as it is', () => {
    expect(abdJoinedName('ABDALLAH, Ali')).toBeUndefined();
    expect(abdJoinedName('ALSKENI, Khalid Kadhim Jasim')).toBeUndefined();
  });
});

describe('an "Abu" kunya written apart', () => {
  it('is joined as Arabic news often writes it ("أبومحمد" of Abu Mohammed), beside an "Abd" compound joined too', () => {
    expect(compoundsJoinedName('AL-ADNANI, Abu Mohammed')).toBe('AL-ADNANI, Abumohammed');
    expect(compoundsJoinedName('ABOU MOHAMED AL ADNANI')).toBe('ABOUmohamed AL ADNANI');
    expect(compoundsJoinedName('AL-SHARIKH, Abdul Mohsen Abdullah Ibrahim')).toBe('AL-SHARIKH, Abdulmohsen Abdullah Ibrahim');
  });

  it('leaves a name without one, or "Abu" before the article, as it is', () => {
    expect(compoundsJoinedName('ABDALLAH, Ali')).toBeUndefined();
    expect(compoundsJoinedName('AL-MASRI, Abu al-Khayr')).toBeUndefined();
  });
});


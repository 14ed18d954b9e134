import { describe, expect, it } from 'vitest';
import { bankWithoutBank, beforeManagingKind, brandAfterInitials, brandOf, hyphenBrandAfterKind, pluralOf, singularOf, withoutKorea } from '../../lib/names/org-forms';

const words = (s: string) => s.split(' ');

describe('an organization brand and singular', () => {
  it('takes the words of kind off a listed name to leave its brand', () => {
    expect(brandOf(words('united company rusal'))).toBe('rusal');
    expect(brandOf(words('state corporation rostec'))).toBe('rostec');
    expect(brandOf(words('avtodor gk'))).toBe('avtodor');
    expect(brandOf(words('gosudarstvennaya kompaniya avtodor'))).toBe('avtodor');
    expect(brandOf(words('renova group'))).toBe('renova');
    expect(brandOf(words('rosneft oil company'))).toBe('rosneft');
    expect(brandOf(words('renova group of companies'))).toBe('renova');
    expect(brandOf(words('transaviaexport airlines'))).toBe('transaviaexport');
    expect(brandOf(words('syrian arab airlines'))).toBeUndefined();
    // An airline as the lists transliterate the Russian word (JOINT STOCK COMPANY AVIACOMPANY BELAVIA).
    expect(brandOf(words('aviacompany belavia'))).toBe('belavia');
    expect(brandOf(words('aviakompaniya belavia'))).toBe('belavia');
  });

  it('takes no place after a lone name and its word of kind for the brand', () => {
    expect(brandOf(words('jawhirah company istanbul'))).toBeUndefined();
    expect(brandOf(words('gas industry insurance company sogaz'))).toBe('sogaz');
    expect(brandOf(words('private company promcomplektlogistic'))).toBe('promcomplektlogistic');
    // A firm of its own kind, then the state corporation that owns it: the word at the end is the owner's brand.
    expect(brandOf(words('fgup hydrographic company state corporation rosatom'))).toBeUndefined();
  });

  it('gives no brand when nothing of kind comes off or more than one word is left', () => {
    expect(brandOf(words('gazprom'))).toBeUndefined();
    expect(brandOf(words('industrial resources general trading'))).toBeUndefined();
    expect(brandOf(words('avia group nord'))).toBeUndefined();
    expect(brandOf(words('the group'))).toBeUndefined();
  });

  it('puts a last word of kind in the singular', () => {
    expect(singularOf(words('special actions forces'))).toEqual(words('special actions force'));
    expect(singularOf(words('zimbabwe defence industries'))).toEqual(words('zimbabwe defence industry'));
    expect(singularOf(words('shelimar investments'))).toEqual(words('shelimar investment'));
    expect(singularOf(words('special actions'))).toBeUndefined();
    expect(singularOf(words('forces'))).toBeUndefined();
  });

  it('puts a holding’s last word of kind the list gives in the singular in the plural, as the news writes it', () => {
    expect(pluralOf(words('myanmar economic holding'))).toEqual(words('myanmar economic holdings'));
    expect(pluralOf(words('preyden investment'))).toEqual(words('preyden investments'));
    expect(pluralOf(words('special actions force'))).toBeUndefined();
    expect(pluralOf(words('holding'))).toBeUndefined();
  });
});

describe('a North Korean firm without the country word first', () => {
  it('drops KOREA or KOREAN before the firm\'s own word and its kind', () => {
    expect(withoutKorea(words('korea tangun trading corporation'))).toEqual(words('tangun trading corporation'));
    expect(withoutKorea(words('korean tangun trading corporation'))).toEqual(words('tangun trading corporation'));
    expect(withoutKorea(words('korea ryonbong general corporation'))).toEqual(words('ryonbong general corporation'));
  });

  it('keeps it where the rest would name any country\'s firm', () => {
    expect(withoutKorea(words('korea national insurance corporation'))).toBeUndefined();
    expect(withoutKorea(words('korea international chemical joint venture company'))).toBeUndefined();
    expect(withoutKorea(words('korea computer center'))).toBeUndefined();
    expect(withoutKorea(words('korean people s army'))).toBeUndefined();
    expect(withoutKorea(words('korea trade bank'))).toBeUndefined();
  });
});

describe('a firm by its brand after initials, and a managing company by its own name', () => {
  it('puts the initials of the words of kind before the brand', () => {
    expect(brandAfterInitials(words('united company rusal'))).toEqual(words('uc rusal'));
    expect(brandAfterInitials(words('renova group'))).toBeUndefined();
    expect(brandAfterInitials(words('gk rostec'))).toBeUndefined();
    expect(brandAfterInitials(words('united company of something else'))).toBeUndefined();
  });

  it('takes the words before "management company of" as the firm\'s own name', () => {
    expect(beforeManagingKind(words('byelorussian steel works management company of holding byelorussian metallurgical company'))).toEqual(words('byelorussian steel works'));
    expect(beforeManagingKind(words('management company of the russian direct investment fund'))).toBeUndefined();
    expect(beforeManagingKind(words('minsk automobile plant'))).toBeUndefined();
  });
});

describe('a brand of two words joined by a hyphen after the last word of kind', () => {
  it('is the two words after "concern", "company", "corporation", as the listed name joins them', () => {
    expect(hyphenBrandAfterKind('JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY', ['aerospace', 'defense', 'concern', 'almaz', 'antey'])).toEqual(['almaz', 'antey']);
    expect(hyphenBrandAfterKind('JOINT STOCK COMPANY CONCERN GRANIT-ELECTRON', ['concern', 'granit', 'electron'])).toEqual(['granit', 'electron']);
  });

  it('is nothing without the hyphen, after a managing firm\'s kind, or of an everyday word', () => {
    expect(hyphenBrandAfterKind('AEROSPACE DEFENSE CONCERN ALMAZ ANTEY', ['aerospace', 'defense', 'concern', 'almaz', 'antey'])).toBeUndefined();
    expect(hyphenBrandAfterKind('MANAGEMENT COMPANY ALMAZ-ANTEY', ['management', 'company', 'almaz', 'antey'])).toBeUndefined();
    expect(hyphenBrandAfterKind('TRADING COMPANY GOLD-STAR', ['trading', 'company', 'gold', 'star'])).toBeUndefined();
  });
});

describe('a bank without "Bank"', () => {
  it('leaves "Bank" off after trust, credit or savings and a name word of its own', () => {
    expect(bankWithoutBank(words('jammal trust bank'))).toEqual(['jammal', 'trust']);
    expect(bankWithoutBank(words('daedong credit bank'))).toEqual(['daedong', 'credit']);
    expect(bankWithoutBank(words('popular credit bank'))).toBeUndefined();
    expect(bankWithoutBank(words('global trust bank'))).toBeUndefined();
    expect(bankWithoutBank(words('amin investment bank'))).toBeUndefined();
    expect(bankWithoutBank(words('commercial bank industrial savings bank'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { brandKey } from '../../lib/match/brand-spellings';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up firms whose Latin brands Russian and Ukrainian news would write back in Cyrillic by their sound.
const index = buildNameIndex([
  entity('rostec-like', 'STATE CORPORATION ROSTECO', 'organization', true, { countries: ['Russia'] }),
  entity('aquanika-like', 'AQUANIKO', 'organization', true, { countries: ['Russia'] }),
  entity('euro-like', 'JSC EUROSIBENERGI', 'organization', true, { countries: ['Russia'] }),
  entity('rusal-like', 'UNITED COMPANY RUSALO PLC', 'organization', true, { countries: ['Russia'] }),
  entity('rostac-like', 'STATE CORPORATION ROSTAC', 'organization', true, { countries: ['Russia'] }),
  entity('person', 'ROSTEKOV, Ivan', 'person', true, { countries: ['Russia'] }),
  entity('oil-like', 'VOLGNEFT OIL COMPANY', 'organization', true, { countries: ['Russia'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a firm\'s Latin brand written back in Cyrillic', () => {
  it('joins the sound spellings of c, kh, qu and a first "ye"', () => {
    expect(brandKey('rostekh')).toBe(brandKey('rostec'));
    expect(brandKey('akvanika')).toBe(brandKey('aquanika'));
    expect(brandKey('yevrosibenergo')).toBe(brandKey('eurosibenergo'));
    expect(brandKey('rostov')).not.toBe(brandKey('rostec'));
  });

  it('reads "ью" after a consonant as an English loanword\'s u («ЦОР Секьюрити»: TSOR SECURITY)', () => {
    expect(brandKey('sekyuriti')).toBe(brandKey('security'));
    expect(brandKey('kompyuter')).toBe(brandKey('computer'));
    const tsor = buildNameIndex([{ ...entity('tsor', 'ZORSECURITY', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'ZORSECURITY', type: 'primary' as const }, { name: 'TSOR SECURITY', type: 'aka' as const }] }]);
    expect(scanText(tsor, 'В санкционный список США попала и организация «ЦОР Секьюрити» из Москвы; Россия ответит.').map((m) => `${m.text}=${m.entityId}`)).toEqual(['ЦОР Секьюрити=tsor']);
  });

  it('finds the brand in any case, in guillemets or quotes, on a sanctions page that names the firm\'s country', () => {
    expect(found('Санкции США против России: глава «Ростеко» Сергей Петров и «Акванико».')).toEqual(['Ростеко=rostec-like', 'Акванико=aquanika-like']);
    expect(found('Санкції США проти Росії: компанії "Русало" і "Євросибенергі".')).toEqual(['Русало=rusal-like', 'Євросибенергі=euro-like']);
    expect(found('Санкции США против России коснулись «Ростака».')).toEqual(['Ростака=rostac-like']);
  });

  it('reads the Ukrainian нафта of a Russian brand as its нефть (neft)', () => {
    expect(brandKey('rosnafta')).toBe(brandKey('rosnefta'));
    expect(found('Санкції США проти Росії: “Волгнафта” і «Волгнафти».')).toEqual(['Волгнафта=oil-like', 'Волгнафти=oil-like']);
  });

  it('leaves the same words alone on a page with no sanctions story', () => {
    expect(found('Компания «Ростеко» открыла завод в России.')).toEqual([]);
  });
});

// The lists write one brand both ways: the bank with a c, its insurer's transliterated name with a k.
const both = buildNameIndex([
  entity('bank', 'TEMCOMBANK OPEN JOINT STOCK COMPANY', 'organization', true, { countries: ['Russia'] }),
  entity('insurer', 'AKTSIONERNOE OBSHCHESTVO TEMKOMBANK STRAKHOVANIE', 'organization', true, { countries: ['Russia'] }),
]);

describe('a brand the lists spell both ways', () => {
  it('is the firm whose name the word makes, though its strict spelling is another firm\'s word', () => {
    const marks = (text: string) => scanText(both, text).map((m) => `${m.text}=${m.entityId}`);
    expect(marks('Санкции США против банков России затронули Темкомбанк и ВТБ.')).toEqual(['Темкомбанк=bank']);
    expect(marks('Санкции США против России: «Темкомбанк страхование» попало в список.')).toEqual(['Темкомбанк страхование=insurer']);
  });
});

describe('a declined brand whose case form is itself a listed word', () => {
  // VEB Capital's Russian name ends in the genitive VNESHEKONOMBANKA; the bank itself is written VNESHECONOMBANK.
  const veb = buildNameIndex([
    entity('veb', 'VNESHECONOMBANK', 'organization', true, { countries: ['Russia'] }),
    { ...entity('veb-cap', 'VEBO CAPITAL', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'VEBO CAPITAL', type: 'primary' as const }, { name: 'KOMPANIYA VNESHEKONOMBANKA', type: 'aka' as const }] },
  ]);
  it('reads English "tech" as Russian writes it, "тех" («Белтехимпорт»: BELTECHIMPORT)', () => {
    expect(brandKey('beltekhimport')).toBe(brandKey('beltechimport'));
    const own = buildNameIndex([entity('beltech', 'CJSC BELTECHIMPORT', 'organization', true, { countries: ['Belarus'] })]);
    expect(scanText(own, 'Евросоюз ввел санкции против Беларуси: в список попало ЗАО «Белтехимпорт».').map((m) => `${m.text}=${m.entityId}`)).toEqual(['Белтехимпорт=beltech']);
  });

  it('is also read by the brand key of its nominative', () => {
    expect(scanText(veb, 'Лондон ввел санкции против России и заморозил активы Внешэкономбанка.').map((m) => `${m.text}=${m.entityId}`)).toEqual(['Внешэкономбанка=veb']);
  });
});

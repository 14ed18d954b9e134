import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weakCyrillicAcronyms } from '../../lib/match/cyrillic-acronyms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { entity, fixtureEntities } from './fixtures';

const withNames = (id: string, primary: string, countries: string[], aliases: [string, 'aka' | 'weak'][]) => ({
  ...entity(id, primary, 'organization', true, { countries }),
  names: [{ name: primary, type: 'primary' as const }, ...aliases.map(([name, type]) => ({ name, type }))],
});

const fsb = withNames('fsb', 'FEDERAL SECURITY SERVICE', ['Russia'], [['FEDERALNAYA SLUZHBA BEZOPASNOSTI', 'aka'], ['FSB', 'weak']]);
const rzd = withNames('rzd', 'OPEN JOINT STOCK COMPANY RUSSIAN RAILWAYS', ['Russia'], [['RUSSIAN RAILWAYS', 'aka'], ['RZHD', 'weak']]);
const iib = withNames('iib', 'INTERNATIONAL INVESTMENT BANK', ['Russia', 'Hungary'], [['IIB', 'weak']]);
const zenit = withNames('zenit', 'JSC ZENIT OPTICS', ['Russia'], [['ZENIT', 'weak']]);
const veb = withNames('veb', 'STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK', ['Russia'], [['VEB.RF', 'aka'], ['VEB', 'weak']]);
// "WEB", an everyday English word the lists carry, shares the acronym's Latin letters.
const web = withNames('web', 'WEB TRADE HOLDING LIMITED', ['Cyprus'], []);
// A holding's acronym and its plant's joined by a hyphen (OFAC's weak ODK-UMPO of the Ufa engine plant).
const umpo = withNames('umpo', 'PUBLIC JOINT-STOCK COMPANY ODK-UFIMSKOYE MOTOROSTROITELNOYE PRODUCTION ASSOCIATION', ['Russia'], [['ODK-UMPO', 'weak'], ['PJSC ODK-UMPO', 'weak']]);
const index = buildNameIndex([...fixtureEntities, fsb, rzd, iib, zenit, veb, web, umpo]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a body's weak acronym in Cyrillic capitals", () => {
  it('keeps only the weak aliases that read as a Russian acronym, not a word nor the English initials', () => {
    expect(weakCyrillicAcronyms(fsb)).toEqual(['fsb']);
    expect(weakCyrillicAcronyms(rzd)).toEqual(['rzhd']);
    expect(weakCyrillicAcronyms(iib)).toEqual([]);
    expect(weakCyrillicAcronyms(zenit)).toEqual([]);
    expect(weakCyrillicAcronyms(veb)).toEqual(['veb']);
  });

  it('names the body by an acronym of three letters with a vowel, and in its cases ("ВЕБ", "ВЕБу", "ВЕБом")', () => {
    const page = ['США запровадили санкції проти Росії: російська держкорпорація ВЕБ у списку.', 'Дочірні банки ВЕБу та операції з ВЭБом, Russia.'];
    expect(marks(...page)).toEqual(['ВЕБ:veb:sanctioned', 'ВЕБу:veb:sanctioned', 'ВЭБом:veb:sanctioned']);
  });

  it('names the body in a headline when the text after it does, with the evidence the headline lacks (shipped dataset)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    // A tuning page: "ограничения" is no sanctions word, and the story's words come after the headline.
    const page = readFileSync(resolve(import.meta.dirname, '../corpus/news/ru-novorossiia-commerce-mod-svr-rostec.txt'), 'utf8').split(/\n\s*\n/);
    const svr = (blocks: string[]) => scanPage(shipped, blocks).flatMap((ms, k) => ms.filter((m) => m.text === 'СВР').map((m) => `${k}:${m.entityId}`));
    expect(svr(page)).toEqual(['0:ofac-42717', '2:ofac-42717']);
    // The text after it naming the body otherwise: the headline's acronym alone stands on nothing.
    expect(svr([page[0], page[1], page[2].replace('СВР', 'Росгвардия'), ...page.slice(3)])).toEqual([]);
  });

  it('reads no lower-case word nor a word in title case as the acronym ("веб-сайт", "Веб")', () => {
    expect(marks('США запровадили санкції проти Росії: веб-сайт і Веб у списку.')).toEqual([]);
  });

  it('names the body on a sanctions page that names its country ("директора ФСБ", "РЖД")', () => {
    expect(marks('США ввели санкции против директора ФСБ и против российских банков.')).toEqual(['ФСБ:fsb:sanctioned']);
    expect(marks('В санкционный список Великобритании попали Россия и РЖД.')).toEqual(['РЖД:rzd:sanctioned']);
  });

  it('reads an acronym the list gives with its legal form ("OJSC MZKT"), which the page writes outside it (ОАО «МЗКТ»)', () => {
    const mgtz = withNames('mgtz', 'MOGILEV WHEEL TRACTOR WORKS', ['Belarus'], [['OJSC MGTZ', 'weak'], ['MGTZ OAO', 'weak']]);
    expect(weakCyrillicAcronyms(mgtz)).toEqual(['mgtz']);
    const own = buildNameIndex([...fixtureEntities, mgtz]);
    const page = 'Евросоюз ввел санкции против Беларуси: ограничительные меры коснутся ОАО «МГТЗ», его колесные базы продаются за рубеж.';
    expect(scanPage(own, [page]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`))).toEqual(['МГТЗ:mgtz:sanctioned']);
  });

  it('names the body by two acronyms joined by a hyphen or a space, in Cyrillic capitals only ("ОДК-УМПО")', () => {
    expect(weakCyrillicAcronyms(umpo)).toEqual(['odk umpo']);
    expect(marks('Под санкции США попало ОДК-УМПО в Уфе. Россия ответила.')).toEqual(['ОДК-УМПО:umpo:sanctioned']);
    expect(marks('Под санкции США попало ОДК УМПО в Уфе. Россия ответила.')).toEqual(['ОДК УМПО:umpo:sanctioned']);
    expect(marks('Под санкции США попало ОДК-Умпо в Уфе. Россия ответила.')).toEqual([]);
    expect(marks('Under US sanctions: ODK-UMPO of Russia.')).toEqual([]);
    expect(marks('В России ОДК-УМПО открыло цех.')).toEqual([]);
  });

  it('leaves out an everyday abbreviation of a common noun the list gives a firm ("ВПК", the military-industrial complex)', () => {
    const vpk = withNames('vpk', 'LIMITED LIABILITY COMPANY MILITARY INDUSTRIAL COMPANY', ['Russia'], [['OOO VPK', 'weak']]);
    expect(weakCyrillicAcronyms(vpk)).toEqual([]);
    const own = buildNameIndex([...fixtureEntities, vpk]);
    const page = 'OFAC опубликовало руководство по санкциям, нацеленным на поддержку ВПК России: вторичные санкции грозят банкам.';
    expect(scanPage(own, [page]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`))).not.toContain('ВПК:vpk');
  });

  it('is nothing without a sanctions story, in Latin letters, or in a headline set in capitals', () => {
    expect(marks('В России сотрудники ФСБ провели учения.')).toEqual([]);
    expect(marks('The US imposed sanctions on Russia and the FSB.')).toEqual([]);
    expect(marks('САНКЦИИ ПРОТИВ ФСБ', 'США ввели санкции против России.')).toEqual([]);
  });
});

describe("a foreign body's acronym in Russian or Ukrainian", () => {
  const irgc = withNames('irgc', 'ISLAMIC REVOLUTIONARY GUARD CORPS', ['Iran'], [['IRGC', 'aka']]);
  const isil = withNames('isil', 'ISLAMIC STATE OF IRAQ AND THE LEVANT', [], [['ISIL', 'aka']]);
  const irgcaf = withNames('irgcaf', 'ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE', ['Iran'], [['IRGC AIR FORCE', 'aka'], ['IRGC AEROSPACE FORCE', 'aka']]);
  const foreign = buildNameIndex([...fixtureEntities.filter((e) => e.id !== 'ofac-10391' && e.id !== 'ofac-8759' && e.id !== 'ofac-12055'), irgc, isil, irgcaf]);
  const found = (...blocks: string[]) => scanPage(foreign, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the body in a sanctions story: КСИР and КВІР the IRGC on a page naming Iran, ИГИЛ and ІДІЛ ISIL', () => {
    expect(found('США ввели санкции против командиров КСИР. Иран ответил.')).toEqual(['КСИР:irgc:sanctioned']);
    expect(found('Україна запровадила санкції проти КВІР. Іран відповів.')).toEqual(['КВІР:irgc:sanctioned']);
    expect(found('США ввели санкции против финансистов ИГИЛ.')).toEqual(['ИГИЛ:isil:sanctioned']);
    expect(found('США запровадили санкції проти фінансистів ІДІЛ.')).toEqual(['ІДІЛ:isil:sanctioned']);
  });

  it('is the body without a sanctions story too, as its English acronym is (IRGC), where the page names Iran', () => {
    expect(found('Сегодня КСИР провел учения. Иран и Россия договорились.')).toEqual(['КСИР:irgc:sanctioned']);
    expect(found('Сьогодні КВІР провів навчання. Іран і Росія домовилися.')).toEqual(['КВІР:irgc:sanctioned']);
  });

  it('is nothing without Iran named, in Latin letters, or out of capitals', () => {
    expect(found('США ввели санкции против КСИР.')).toEqual([]);
    expect(found('The US sanctioned KSIR. Iran answered.')).toEqual([]);
    expect(found('Сегодня Ксир провел учения. Иран и Россия договорились.')).toEqual([]);
  });

  it('names a force of the body by the force\'s acronym before the body\'s ("ВКС КСИР": IRGC AEROSPACE FORCE)', () => {
    expect(found('Командующий ВКС КСИР встретился с коллегой. Иран и Россия договорились.')).toEqual(['ВКС КСИР:irgcaf:sanctioned']);
    expect(found('Командувач ПКС КВІР зустрівся з колегою. Іран і Росія домовилися.')).toEqual(['ПКС КВІР:irgcaf:sanctioned']);
    expect(found('Командующий ВВС КСИР встретился с коллегой. Иран ответил.')).toEqual(['ВВС КСИР:irgcaf:sanctioned']);
  });
});

describe("an East Slavic body's weak acronym keeps the sanctions story's guard", () => {
  it('is nothing without the story, where a foreign body\'s translated acronym stands', () => {
    expect(marks('В России сотрудники ФСБ провели учения.')).toEqual([]);
    expect(marks('В России ОДК-УМПО и ВЕБ работают.')).toEqual([]);
  });
});

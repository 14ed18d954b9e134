import { describe, expect, it } from 'vitest';
import { buildNameIndex, createPageContext, scanPage, scanText } from '../../lib/match/scan';
import { translatedNameKeys } from '../../lib/names/translated-words';
import { entity } from './fixtures';

const nk = { countries: ['Korea, North'] };
const index = buildNameIndex([
  entity('automation', 'PYONGYANG UNIVERSITY OF AUTOMATION', 'organization', true, nk),
  entity('bureau', 'TECHNICAL RECONNAISSANCE BUREAU', 'organization', true, nk),
  entity('center', '110TH RESEARCH CENTER', 'organization', true, nk),
  entity('agricultural', 'AGRICULTURAL DEVELOPMENT BANK', 'organization', true, nk),
  entity('averuca', 'AVERUCA, C.A.', 'organization', true, { countries: ['Venezuela'], names: [{ name: 'AVERUCA, C.A.', type: 'primary' }, { name: 'AGENCIA VEHICULOS ESPECIALES RURALES Y URBANOS, C.A.', type: 'aka' }] }),
  entity('fsvts', 'FEDERAL SERVICE FOR MILITARY-TECHNICAL COOPERATION', 'organization', true, { countries: ['Russia'] }),
  entity('irgc', 'ISLAMIC REVOLUTIONARY GUARD CORPS', 'organization', true, { countries: ['Iran'] }),
  entity('ano', 'AUTONOMOUS NONCOMMERCIAL ORGANIZATION PROFESSIONAL ASSOCIATION OF DESIGNERS OF DATA PROCESSING SYSTEMS', 'organization', true, { countries: ['Russia'] }),
  entity('interior', 'MINISTRY OF INTERIOR', 'organization', true, { countries: ['Belarus'] }),
  entity('central', 'CENTRAL BANK OF THE RUSSIAN FEDERATION', 'organization', true, { countries: ['Russia'] }),
  entity('guvd', 'MAIN INTERNAL AFFAIRS DIRECTORATE OF THE MINSK CITY EXECUTIVE COMMITTEE', 'organization', true, { countries: ['Belarus'] }),
  entity('moscow', 'BANK OF MOSCOW', 'organization', true, { countries: ['Russia'] }),
  entity('mgb', 'MINISTRY OF STATE SECURITY', 'organization', true, { countries: ['Ukraine'] }),
  entity('person', 'KIM, Chol', 'person', true, nk),
  entity('forge', 'CHELYABINSK FORGE AND PRESS PLANT', 'organization', true, { countries: ['Russia'] }),
  entity('vavilov', 'MINSK MECHANICAL PLANT NAMED AFTER S.I. VAVILOV', 'organization', true, { countries: ['Belarus'] }),
  entity('salavat', 'JOINT STOCK COMPANY SALAVAT CHEMICAL PLANT', 'organization', true, { countries: ['Russia'] }),
  entity('club', 'JSC PFC ZORSKA', 'organization', true, { countries: ['Russia'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a body named in translation, in its language\'s word order', () => {
  it('reads a football club by the words its listed acronym stands for: "футбольний клуб ЗОРСКА" of JSC PFC ZORSKA', () => {
    const story = 'Мінфін США запровадив санкції проти Росії, OFAC заморозив активи.';
    expect(found(`${story} Також під санкції потрапив футбольний клуб ЗОРСКА.`)).toEqual(['футбольний клуб ЗОРСКА=club']);
    // Another sport's club is not it.
    expect(found(`${story} Також під санкції потрапив хокейний клуб ЗОРСКА.`)).toEqual([]);
  });

  it('keys a listed name by its words\' concepts, whatever the order and the language', () => {
    expect(translatedNameKeys(['pyongyang', 'university', 'of', 'automation'])).toEqual(translatedNameKeys(['universidad', 'automatizacion', 'pyongyang']));
    expect(translatedNameKeys(['technical', 'reconnaissance', 'office'])).toEqual(translatedNameKeys(['bureau', 'reconnaissance', 'technical']));
    // A brand and one word of kind is the other rules' to read (cyrillic-kind-before-brand.ts): no key.
    expect(translatedNameKeys(['sberbank', 'bank'])).toEqual([]);
    // A Russian body's form in the lists' English is left out as news leaves it.
    expect(translatedNameKeys(['autonomous', 'noncommercial', 'organization', 'professional', 'association'])).toHaveLength(2);
  });

  it('finds Spanish "N de A" names, with a place or a number, on a page about the country', () => {
    expect(found('La OFAC del Departamento del Tesoro sancionó al régimen norcoreano: la Universidad de Automatización de Piongyang y la Oficina de Reconocimiento Técnico, y el Centro de Investigación 110.')).toEqual([
      'Universidad de Automatización de Piongyang=automation',
      'Oficina de Reconocimiento Técnico=bureau',
      'Centro de Investigación 110=center',
    ]);
  });

  it('finds a name the list gives in Spanish with a "de" the page adds, and the acronym the page defines after it', () => {
    expect(found('La OFAC sancionó a Venezuela: el jefe de la Agencia de Vehículos Especiales Rurales y Urbanos (Averuca). Averuca fue sancionada.')).toEqual([
      'Agencia de Vehículos Especiales Rurales y Urbanos=averuca',
      'Averuca=averuca',
      'Averuca=averuca',
    ]);
  });

  it('finds Russian and Ukrainian genitive chains, declined, with a hyphenated adjective', () => {
    expect(found('Минфин США ввел санкции против Северной Кореи: в санкционный список попал Банк развития сельского хозяйства.')).toEqual(['Банк развития сельского хозяйства=agricultural']);
    expect(found('Санкції США проти Росії: під санкції потрапили, санкційний список, посадовці Федеральної служби з військово-технічного співробітництва.')).toEqual(['Федеральної служби з військово-технічного співробітництва=fsvts']);
    expect(found('Санкції проти Ірану: під санкції потрапили, санкційний список, бійці Корпусу вартових ісламської революції.')).toEqual(['Корпусу вартових ісламської революції=irgc']);
    expect(found('Санкции США против России: под санкции попали, санкционный список, Профессиональная ассоциация дизайнеров систем обработки данных.')).toEqual(['Профессиональная ассоциация дизайнеров систем обработки данных=ano']);
  });

  it('finds a name Russian writes in lower case up to its place', () => {
    expect(found('Минфин США ввел санкции против Беларуси: в санкционный список внесено главное управление внутренних дел Минского горисполкома.')).toEqual(['главное управление внутренних дел Минского горисполкома=guvd']);
    // The body's Soviet-style acronym for its words before the city: ГУВД.
    expect(found('Минфин США ввел санкции против Беларуси: в санкционный список внесено ГУВД Минского горисполкома.')).toEqual(['ГУВД Минского горисполкома=guvd']);
    expect(found('Минфин США ввел санкции против Беларуси: ГУВД сообщило о задержаниях.')).toEqual([]);
    // Two words in lower case before a place are any bank of the city.
    expect(found('Санкции США против России: санкционный список. Это крупнейший банк Москвы.')).toEqual([]);
  });

  it('marks a state body of glossary words only in a story of its own country, or with sanctions words near it', () => {
    const filler = ' Фермеры собрали урожай пшеницы и ячменя в этом году раньше обычного.'.repeat(8);
    const page = (name: string) => scanPage(index, ['Минфин США ввел санкции против России и Украины, санкции коснулись банков.' + filler + ` ${name} провело проверку.`], createPageContext())[0].map((m) => m.text);
    expect(page('Министерство государственной безопасности')).toEqual([]);
    expect(found('Минфин США ввел санкции против Украины, санкционный список. Министерство государственной безопасности провело проверку.')).toEqual(['Министерство государственной безопасности=mgb']);
  });

  it('reads a country\'s name in a case as the country\'s English word ("Коммерческого банка Ирана": COMMERCIAL BANK OF IRAN)', () => {
    const own = buildNameIndex([entity('cbi', 'COMMERCIAL BANK OF IRAN', 'organization', true, { countries: ['Iran'] })]);
    const marks = (text: string) => scanText(own, text).map((m) => `${m.text}=${m.entityId}`);
    expect(marks('США ввели санкции против Ирана: счета Коммерческого банка Ирана заморожены.')).toEqual(['Коммерческого банка Ирана=cbi']);
    expect(marks('Мінфін США запровадив санкції: Комерційний банк Ірану потрапив до списку.')).toEqual(['Комерційний банк Ірану=cbi']);
    // Another country's bank of the same words is no one.
    expect(marks('США ввели санкции против Ирана: счета Коммерческого банка Сирии заморожены.')).toEqual([]);
  });

  it('never marks everyday words alone, two of them, a country\'s words, or an English order the page writes', () => {
    // A page with no sanctions story and no North Korea: any country has an agricultural development bank.
    expect(found('El Banco de Desarrollo Agrícola de China financió la cosecha.')).toEqual([]);
    expect(found('Банк развития сельского хозяйства Китая выдал кредиты фермерам.')).toEqual([]);
    // Two glossary words, and a country's words, name no one body.
    expect(found('Санкции США против России. Центральный банк заявил, что Центральный банк Российской Федерации ответит.')).toEqual([]);
    expect(found('The US sanctioned Belarus. The Interior Ministry said it would respond.')).toEqual([]);
  });

  it('keeps to a page\'s earlier words: the country named after the name comes too late', () => {
    const page = createPageContext();
    const marks = scanPage(index, ['El Banco de Desarrollo Agrícola presentó su informe.', 'Corea del Norte y las sanciones de Estados Unidos.'], page);
    expect(marks[0]).toEqual([]);
  });
});

describe('a plant named after its town, in translation', () => {
  it('reads the town\'s adjective that begins the name as the town, after a comma too', () => {
    expect(found('Санкції проти Росії: Сарапульський Радіозавод, Челябінський ковальсько-пресовий завод та інші.')).toEqual(['Челябінський ковальсько-пресовий завод=forge']);
    expect(found('Санкции против России коснулись Челябинского кузнечно-прессового завода.')).toEqual(['Челябинского кузнечно-прессового завода=forge']);
  });

  it('reads имени, імені as "named after" and a patron\'s initials', () => {
    expect(found('Санкції проти Білорусі: Мінський механічний завод імені С.І. Вавілова.')).toEqual(['Мінський механічний завод імені С.І. Вавілова=vavilov']);
  });

  it('reads a chemical plant\'s words and their Soviet-style contraction ("химический завод", "химзавод")', () => {
    expect(found('Под санкции США попал Салаватский химзавод. Россия ответила.')).toEqual(['Салаватский химзавод=salavat']);
    expect(found('Санкции США против России: акционерное общество «Салаватский химический завод».')).toEqual(['Салаватский химический завод=salavat']);
    expect(found('Санкции США против России: до Салаватского химического завода не дозвониться.')).toEqual(['Салаватского химического завода=salavat']);
    expect(found('Санкції США проти Росії: Салаватський хімічний завод. Салаватський хімзавод мовчить.')).toEqual(['Салаватський хімічний завод=salavat', 'Салаватський хімзавод=salavat']);
  });

  it('leaves the same plant alone on a page with no sanctions story and no country of its own', () => {
    expect(found('Салаватский химзавод открыл новый цех.')).toEqual([]);
    expect(found('Челябінський ковальсько-пресовий завод відкрив новий цех.')).toEqual([]);
  });
});

describe('a road authority named in Russian with its brand in quotes', () => {
  // Made-up, shaped as OFAC lists Crimea's road builder FKU UPRDOR 'TAMAN'.
  const index = buildNameIndex([{ ...entity('roads', "FKU UPRDOR 'TAMANO'", 'organization', true, { countries: ['Russia'] }), names: [{ name: "FKU UPRDOR 'TAMANO'", type: 'primary' }, { name: "FEDERAL STATE INSTITUTION MANAGEMENT OF FEDERAL ROADS 'TAMANO'", type: 'aka' }] }]);
  const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

  it('reads "автомобильные дороги" as roads, управление as management, and the brand in quotes at the end', () => {
    expect(marks('Санкции США против России: в список попало Управление федеральных автомобильных дорог «Тамано».')).toEqual(['Управление федеральных автомобильных дорог «Тамано=roads']);
    expect(marks('Санкции США против России: в список попало Управление федеральных дорог "Тамано".')).toEqual(['Управление федеральных дорог "Тамано=roads']);
    expect(marks('Управление федеральных автомобильных дорог «Тамано» отремонтировало мост.')).toEqual([]);
  });
});

describe('a noun of a translated name in the genitive plural in -й', () => {
  // A made-up agency named as OFAC names the Internet Research Agency.
  const index = buildNameIndex([entity('ira', 'INTERNET RESEARCH AGENCY LLC', 'organization', true, { countries: ['Russia'] })]);
  it('is read as its English word ("Исследований": of research)', () => {
    expect(scanText(index, 'США ввели санкции против России: Агентство Интернет Исследований.').map((m) => m.entityId)).toEqual(['ira']);
  });

  it('reads a loanword in sentence case after the name\'s first word: "Агентство интернет-исследований"', () => {
    expect(scanText(index, 'США ввели санкции против России: Агентство интернет-исследований.').map((m) => m.text)).toEqual(['Агентство интернет-исследований']);
    expect(scanText(index, 'Агентство интернет-исследований опубликовало отчёт о рынке рекламы.')).toEqual([]);
  });
});

describe('Spanish names with an ordinal first, a country\'s adjective, and adjectives the glossary did not hold', () => {
  // Made-up bodies shaped as the lists name North Korea's SECOND ACADEMY OF NATURAL SCIENCES, Burma's STATE
  // ADMINISTRATIVE COUNCIL, Iran's NATIONAL IRANIAN OIL COMPANY and NATIONAL IRANIAN TANKER COMPANY (NITC).
  const index = buildNameIndex([
    entity('academy', 'SECOND ACADEMY OF NATURAL SCIENCES', 'organization', true, nk),
    entity('munitions', 'MUNITIONS INDUSTRY DEPARTMENT', 'organization', true, nk),
    entity('council', 'STATE ADMINISTRATIVE COUNCIL', 'organization', true, { countries: ['Burma'] }),
    entity('oil', 'NATIONAL IRANIAN OIL COMPANY', 'organization', true, { countries: ['Iran'] }),
    { ...entity('tanker', 'NATIONAL IRANIAN TANKER COMPANY', 'organization', true, { countries: ['Iran'] }), names: [{ name: 'NATIONAL IRANIAN TANKER COMPANY', type: 'primary' }, { name: 'NITC', type: 'aka' }] },
  ]);
  const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);
  const story = 'La OFAC del Departamento del Tesoro impuso sanciones y sancionó en su lista negra';

  it('begins a name with an ordinal before its noun ("Segunda Academia de Ciencias Naturales")', () => {
    expect(marks(`${story} al régimen norcoreano: la Segunda Academia de Ciencias Naturales.`)).toEqual(['Segunda Academia de Ciencias Naturales=academy']);
  });

  it('reads "administrativo" and a country\'s adjective ("iraní") as the listed English words', () => {
    expect(marks(`${story} a Birmania: el Consejo Administrativo del Estado.`)).toEqual(['Consejo Administrativo del Estado=council']);
    expect(marks(`${story} a Irán: la Compañía Nacional Petrolera Iraní.`)).toEqual(['Compañía Nacional Petrolera Iraní=oil']);
  });

  it('takes the listed acronym the page puts in brackets after a translation as the body it means', () => {
    expect(marks(`${story} a Irán: un capitán de la Compañía Nacional Petrolera Iraní (NITC).`)).toEqual(['Compañía Nacional Petrolera Iraní=tanker', 'NITC=tanker']);
  });

  it('reads "industria militar" as the munitions industry, as Spanish says it', () => {
    expect(marks(`${story} al régimen norcoreano: el Departamento de Industria Militar.`)).toEqual(['Departamento de Industria Militar=munitions']);
  });

  it('marks none of them on a page with no sanctions story', () => {
    expect(marks('La Segunda Academia de Ciencias Naturales abrió sus puertas al público.')).toEqual([]);
  });
});

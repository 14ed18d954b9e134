import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('aqah', 'AL-QARD AL-HASSAN ASSOCIATION', 'organization', true, { countries: ['Lebanon'] }),
  entity('iris-varela', 'VARELA RANGEL, Maria Iris', 'person', true, { countries: ['Venezuela'], positions: ['Minister of Penitentiary Services'] }),
]);

const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('names as the news writes them', () => {
  it('finds Hezbollah for the list’s HIZBALLAH, and not in lower case', () => {
    expect(marks('The US Treasury sanctioned three Hezbollah financiers on Tuesday.')).toEqual(['Hezbollah=ofac-4697:sanctioned']);
    expect(marks('Officials said Hizbollah denied it.')).toEqual(['Hizbollah=ofac-4697:sanctioned']);
    expect(marks('a hezbollah flag')).toEqual([]);
  });

  it('finds a body without the "Association" the list ends its name with, where the page names its country', () => {
    expect(marks('Lebanese lenders and Al-Qard al-Hassan were named by the Treasury.')).toEqual(['Al-Qard al-Hassan=aqah:sanctioned']);
    expect(marks('Al-Qard al-Hassan Association opened a branch.')).toEqual(['Al-Qard al-Hassan Association=aqah:sanctioned']);
  });

  it('finds a person by the name she goes by, without the devotional first given name', () => {
    expect(marks('La ministra Iris Varela fue sancionada por el Tesoro.')).toEqual(['Iris Varela=iris-varela:sanctioned']);
  });
});

describe('a first kh written j, as Spanish writes it', () => {
  const iran = buildNameIndex([
    ...fixtureEntities,
    entity('khamenei', 'KHAMENEI, Ali Husseini', 'person', true, { countries: ['Iran'], positions: ['Supreme Leader of Iran'] }),
    entity('mojtaba', 'KHAMENEI, Mojtaba', 'person', true, { countries: ['Iran'] }),
    entity('khalil', 'KHALIL, Husayn', 'person', true, { countries: ['Lebanon'] }),
    entity('jalil', 'JALIL, Abdul', 'person', true, { countries: ['Afghanistan'] }),
  ]);
  const found = (text: string) => scanText(iran, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

  it('finds "Alí Jamenei" and "Mojtaba Jameneí" for KHAMENEI', () => {
    expect(found('El Tesoro sancionó al líder supremo iraní, Alí Jamenei, y a su hijo Mojtaba Jameneí.')).toEqual([
      'Alí Jamenei=khamenei:sanctioned',
      'Mojtaba Jameneí=mojtaba:sanctioned',
    ]);
  });

  it('finds a body\'s name with the j, as spelled: "Jatam al Anbiya" for KHATAM AL-ANBIYA', () => {
    const body = buildNameIndex([...fixtureEntities, entity('kaa', 'KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS', 'organization', true, { countries: ['Iran'], names: [{ name: 'KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS', type: 'primary' }, { name: 'KHATAM AL-ANBIYA', type: 'aka' }] })]);
    const marks = (text: string) => scanText(body, text).map((m) => `${m.text}=${m.entityId}`);
    expect(marks('Qasemi dirigió Jatam al Anbiya, la constructora de la Guardia.')).toEqual(['Jatam al Anbiya=kaa']);
    // A misspelling is still no body's name: one letter off the listed word.
    expect(marks('Qasemi dirigió Khatem al Anbiya, la constructora de la Guardia.')).toEqual([]);
  });

  it('keeps a j-word the list holds as written: "Jalil" is not Khalil', () => {
    expect(found('El Tesoro sancionó a Husayn Jalil.').some((m) => m.includes('khalil'))).toBe(false);
  });
});

describe('a bank by its brand, and a firm named before at a sentence’s start', () => {
  const banks = buildNameIndex([
    ...fixtureEntities,
    entity('vtb', 'VTB BANK PUBLIC JOINT STOCK COMPANY', 'organization', true, { countries: ['Russia'] }),
    entity('otkritie', 'PUBLIC JOINT STOCK COMPANY BANK OTKRITIE FINANCIAL CORPORATION', 'organization', true, { countries: ['Russia'], names: [{ name: 'PUBLIC JOINT STOCK COMPANY BANK OTKRITIE FINANCIAL CORPORATION', type: 'primary' }, { name: 'OTKRITIE BANK', type: 'aka' }] }),
    entity('sber', 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'organization', true, { countries: ['Russia'], names: [{ name: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', type: 'primary' }, { name: 'PJSC SBERBANK', type: 'aka' }] }),
  ]);
  const found = (text: string | string[]) =>
    scanPage(banks, Array.isArray(text) ? text : [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

  it('finds "VTB" and "Otkritie" on a sanctions page that names Russia', () => {
    expect(found('The Treasury sanctioned Russia’s second-largest bank VTB and three others, among them Otkritie.')).toEqual(['VTB=vtb', 'Otkritie=otkritie']);
  });

  it('leaves the brand alone without the country or without a sanctions story', () => {
    expect(found('The Treasury sanctioned the bank VTB on Friday.')).toEqual([]);
    expect(found('Russian lenders such as VTB opened branches.')).toEqual([]);
  });

  it('never reads an acronym with no letter for the bank alone as the bank: "MTS" is the operator whose bank MTS Bank is', () => {
    const mts = buildNameIndex([...fixtureEntities, entity('mts-bank', 'PUBLIC JOINT STOCK COMPANY MTS BANK', 'organization', true, { countries: ['Russia'] })]);
    const marks = (text: string) => scanPage(mts, [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));
    expect(marks('Санкції проти Росії: до списку потрапили структури МТС і РЖД.')).toEqual([]);
    expect(marks('Санкції проти Росії: до списку потрапив МТС Банк.')).toEqual(['МТС Банк=mts-bank']);
  });

  it('finds a firm’s one word at a sentence’s start once the page named it mid-sentence', () => {
    expect(found('The sanctions on Russia cut Sberbank off. Sberbank said it was operating normally.')).toEqual(['Sberbank=sber', 'Sberbank=sber']);
    expect(found('Sberbank said it was operating normally after the sanctions on Russia.')).toEqual([]);
  });

  it('never reads a one-word alias as the first word of another name, even after the page named the body', () => {
    const guard = buildNameIndex([
      ...fixtureEntities,
      entity('irgc', 'ISLAMIC REVOLUTIONARY GUARD CORPS', 'organization', true, { countries: ['Iran'], names: [{ name: 'ISLAMIC REVOLUTIONARY GUARD CORPS', type: 'primary' }, { name: 'SEPAH', type: 'aka' }] }),
    ]);
    const marks = (text: string) => scanText(guard, text).map((m) => m.text);
    const named = 'The Treasury sanctioned the Islamic Revolutionary Guard Corps again. ';
    expect(marks(`${named}The Guard runs the news agency Sepah News.`)).toEqual(['Islamic Revolutionary Guard Corps']);
    expect(marks(`${named}Sepah said the sanctions would fail.`)).toEqual(['Islamic Revolutionary Guard Corps', 'Sepah']);
  });
});

describe('a firm’s brand in quotes in its listed name, and Spanish country words', () => {
  const wagner = buildNameIndex([...fixtureEntities, entity('wagner', "PRIVATE MILITARY COMPANY 'WAGNER'", 'organization', true, { countries: ['Russia'] })]);
  const found = (text: string | string[]) => scanPage(wagner, Array.isArray(text) ? text : [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

  it('finds a brand that is a common name too only after "group", then in later mentions', () => {
    expect(found(['The US sanctioned the Russian mercenary group Wagner in Africa.', 'Firms run by Wagner chief Yevgeny Prigozhin were named too.'])).toEqual(['Wagner=wagner', 'Wagner=wagner']);
    expect(found('The US sanctioned Russian firms; Wagner chief Yevgeny Prigozhin was named.')).toEqual([]);
  });

  it('never reads it as a person’s name beside another', () => {
    expect(found(['The US sanctioned the Russian mercenary group Wagner.', 'The orchestra played Richard Wagner after the sanctions.'])).toEqual(['Wagner=wagner']);
  });

  it('reads a Spanish demonym in lower case as its country ("el presidente ruso")', () => {
    expect(found('El presidente ruso está en la lista negra de la UE, igual que los mercenarios del grupo Wagner.')).toEqual(['Wagner=wagner']);
    expect(found('Los mercenarios del grupo Wagner están en la lista negra de la UE.')).toEqual([]);
  });
});

describe('a group’s name with its Spanish article in lower case', () => {
  const groups = buildNameIndex([...fixtureEntities, entity('cuinis', 'LOS CUINIS', 'organization', true, { countries: ['Mexico'] })]);
  const found = (text: string) => scanText(groups, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds "los Cuinis" as it finds "Los Cuinis"', () => {
    expect(found('La acción golpea a los círculos internos del CJNG y los Cuinis, dijo la OFAC.')).toEqual(['los Cuinis=cuinis']);
    expect(found('Los Cuinis lavan dinero, dijo la OFAC.')).toEqual(['Los Cuinis=cuinis']);
  });

  it('does not begin a name at a lower-case article before anything else', () => {
    expect(found('los cuinis y las Cuentas')).toEqual([]);
  });
});

describe('a group’s name after the Arabic article', () => {
  const groups = buildNameIndex([
    ...fixtureEntities,
    entity('aq', "AL QA'IDA", 'organization', true, { names: [{ name: "AL QA'IDA", type: 'primary' }, { name: 'AL QAEDA', type: 'aka' }] }),
  ]);
  const found = (text: string) => scanText(groups, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds "Al Qaeda", "al-Qaida" and "al Qaeda" in a sanctions story, the article in either case', () => {
    expect(found('The latest sanctions also apply to the Taliban and Al Qaeda, the Treasury said.')).toEqual(['Al Qaeda=aq']);
    expect(found('The Treasury sanctioned al-Qaida leaders in Yemen.')).toEqual(['al-Qaida=aq']);
    expect(found('The Treasury sanctioned al Qaeda leaders in Yemen.')).toEqual(['al Qaeda=aq']);
  });

  it('leaves it alone without a sanctions story, or beside another capitalised word', () => {
    expect(found('A documentary about Al Qaeda aired on Sunday.')).toEqual([]);
    expect(found('The Treasury sanctioned Al Qaeda Yemen Branch leaders.')).toEqual([]);
  });
});

describe('names with Arabic particles joined, and the Islamic State’s other acronym', () => {
  const named = buildNameIndex([
    ...fixtureEntities,
    entity('hayat', 'MUHAMMAD, Hayat Ullah Ghulam', 'person', true, { countries: ['Pakistan'] }),
    entity('inayat', 'RAHMAN, Inayat ur', 'person', true, { countries: ['Pakistan'] }),
    entity('jdq', "JAMA'AT UL DAWA AL-QU'RAN", 'organization', true, { countries: ['Afghanistan'] }),
    entity('isk', 'ISIL KHORASAN', 'organization', true, { countries: ['Afghanistan'] }),
  ]);
  const found = (text: string) => scanText(named, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds "Hayatullah", "Inayatur" and "Jamaatul" for the list’s words apart', () => {
    expect(found('OFAC identified Hayatullah Ghulam Muhammad and Inayatur Rahman as designated terrorists.')).toEqual(['Hayatullah Ghulam Muhammad=hayat', 'Inayatur Rahman=inayat']);
    expect(found('The US slapped new sanctions on Jamaatul Dawa Al Quran.')).toEqual(['Jamaatul Dawa Al Quran=jdq']);
  });

  it('finds "ISIS-Khorasan" for ISIL KHORASAN', () => {
    expect(found('Some leaders have links to ISIS-Khorasan, the Treasury said.')).toEqual(['ISIS-Khorasan=isk']);
  });
});

describe('-llah written -lá, as Spanish writes it', () => {
  const lebanon = buildNameIndex([
    ...fixtureEntities,
    entity('nasrallah', 'NASRALLAH, Hasan', 'person', true, { countries: ['Lebanon'], positions: ['Secretary General of Hizballah'] }),
    entity('zavala', 'ZAVALA, Jorge', 'person', true, { countries: ['Mexico'] }),
  ]);
  const found = (text: string) => scanText(lebanon, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

  it('finds "Hezbolá", "Hizbulá" and "Nasralá" for HIZBALLAH and NASRALLAH', () => {
    expect(found('El Tesoro sancionó a dirigentes de Hezbolá y de Hizbulá.')).toEqual(['Hezbolá=ofac-4697:sanctioned', 'Hizbulá=ofac-4697:sanctioned']);
    expect(found('El Tesoro sancionó a Hasan Nasrallah. Tras la victoria de Nasralá, la OFAC actuó.')).toEqual([
      'Hasan Nasrallah=nasrallah:sanctioned',
      'Nasralá=nasrallah:sanctioned',
    ]);
  });

  it('reads no Spanish word in -la that way: the accent is the test, and a listed word stays itself', () => {
    expect(found('El Tesoro sancionó a un empresario de Ávila y a Nasrala.')).toEqual([]);
    expect(found('El Tesoro sancionó a Jorge Zavala.')).toEqual(['Jorge Zavala=zavala:sanctioned']);
  });
});

describe('Iran’s bodies as Spanish news names them', () => {
  const iran = buildNameIndex([
    ...fixtureEntities,
    entity('qf', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', 'organization', true, { countries: ['Iran'], names: [{ name: 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', type: 'primary' }, { name: 'QUDS FORCE', type: 'aka' }] }),
  ]);
  const found = (text: string) => scanText(iran, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

  it('finds "Fuerza Quds" and "Fuerza Al Quds" for QUDS FORCE', () => {
    expect(found('El Tesoro sancionó a la Fuerza Quds de Irán.')).toEqual(['Fuerza Quds=qf:sanctioned']);
    expect(found('Washington sancionó en 2007 a la Fuerza Al Quds, la unidad de elite iraní.')).toEqual(['Fuerza Al Quds=qf:sanctioned']);
  });

  it('finds "la Guardia Revolucionaria" with Iran on the page and sanctions words near, not without Iran or a sanctions story', () => {
    const story = 'El Tesoro de Estados Unidos sancionó este viernes a funcionarios de Irán. ';
    expect(found(story + 'La OFAC impuso sanciones a varios comandantes de la Guardia Revolucionaria, según el Departamento del Tesoro.')).toEqual([
      'Guardia Revolucionaria=ofac-10391:sanctioned',
    ]);
    expect(found('El Tesoro de Estados Unidos sancionó este viernes a funcionarios. La OFAC impuso sanciones a varios comandantes de la Guardia Revolucionaria.')).toEqual([]);
    expect(found('Irán celebró el aniversario de la Guardia Revolucionaria con un desfile.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foreignSoundKey, soundKey } from '../../lib/match/cyrillic-sound-readings';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up people and a group from outside the East Slavic world, as Russian and Ukrainian news write them by sound.
const index = buildNameIndex([
  entity('ven', 'CABELLA RONDON, Diosdago', 'person', true, { countries: ['Venezuela'] }),
  entity('nic', 'MADURA MOROS, Nicolas', 'person', true, { countries: ['Venezuela'] }),
  entity('grp', 'HEZBOLLAH', 'organization', true, { countries: ['Lebanon'] }),
  { ...entity('basij-like', 'BASIJO RESISTANCE FORCE', 'organization', true, { countries: ['Iran'] }), names: [{ name: 'BASIJO RESISTANCE FORCE', type: 'primary' }, { name: 'BASIJ', type: 'aka' }] },
  entity('rus', 'KOLESOV, Nikolay', 'person', true, { countries: ['Russia'] }),
  entity('irn', 'ZARIFO, Javadi', 'person', true, { countries: ['Iran'] }),
  entity('qat', "LARI, 'Ali Ridha Qasabi", 'person', true, { countries: ['Qatar'] }),
  // Kassab a listed word too: "Кассаби" reads strictly as its genitive, and by sound as Qasabi.
  entity('kassab', 'KASSAB, Omar', 'person', true, { countries: ['Syria'] }),
  // An Arab official whose listed spellings have v and o, which Arabic script has no letters for.
  entity('zahlov', 'ZAHLOV, Karim', 'person', true, { positions: ['Deputy Chief of General Staff of the Syrian Army'] }),
  // Spanish names with letters Russian writes by sound (g before e, c, z), and a Russian surname in -ykh.
  entity('rangel', 'RANGEL GOMEZ, Francisco Jose', 'person', true, { countries: ['Venezuela'] }),
  entity('marco', 'MARCO TORRESO, Rodolfo Clemente', 'person', true, { countries: ['Venezuela'] }),
  entity('marko', 'MARKOVIC, Marko', 'person', true, { countries: ['Serbia'] }),
  entity('belykh', 'BELYKH, Irina', 'person', true, { countries: ['Russia'] }),
  entity('izq', 'IZQUIERDO PABLOS, Gerardo Jose', 'person', true, { countries: ['Venezuela'] }),
  // Arab given names of the shape faa'il in the spoken vowel (Yasser, Saleh) and the classical one (Nasir).
  entity('yas', 'IBRAHIMA, Yasser Hussein', 'person', true, { countries: ['Syria'] }),
  entity('sal', 'KHAMIDO, Saleh', 'person', true, { countries: ['Yemen'] }),
  entity('nas', 'QUDSI, Nasir', 'person', true, { countries: ['Syria'] }),
  // Many listed Ali Reza, so that "Али Реза" goes on in the trie as Reza.
  ...['KARIMI', 'AHMADI', 'NOURI'].map((s, k) => entity(`reza-${k}`, `${s}, Ali Reza`, 'person', true, { countries: ['Iran'] })),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a foreign name written in Cyrillic by its sound', () => {
  it('joins c and k, l and ll, kh and h, and a final h after a vowel', () => {
    expect(soundKey('nikolas')).toBe(soundKey('nicolas'));
    expect(soundKey('kabela')).toBe(soundKey('cabella'));
    expect(soundKey('khezbolla')).toBe(soundKey('hezbollah'));
    expect(soundKey('dzhavadi')).toBe(soundKey('javadi'));
    expect(soundKey('basidzh')).toBe(soundKey('basij'));
    expect(soundKey('maduro')).not.toBe(soundKey('madera'));
    // A final ж for j, as some Ukrainian news writes Basij.
    expect(soundKey('basizh')).toBe(soundKey('basij'));
    expect(soundKey('zhavadi')).not.toBe(soundKey('javadi'));
  });

  it('reads a final ж as j: "Басіж" for BASIJ', () => {
    expect(found('Санкції США проти Ірану: у підпорядкуванні вартових перебуває Басіж, парамілітарна організація Ірану.')).toEqual(['Басіж=basij-like']);
  });

  it('finds the person and the group in any case', () => {
    expect(found('Санкції США проти Ніколаса Мадуры у Венесуелі.')).toEqual(['Ніколаса Мадуры=nic']);
    expect(found('Минфин США ввел санкции против Диосдаго Кабеллы.')).toEqual(['Диосдаго Кабеллы=ven']);
    expect(found('Минфин США ввел санкции против Джавади Зарифо из Ирана.')).toEqual(['Джавади Зарифо=irn']);
    expect(found('США расширили санкции против ливанского движения «Хезболла» и спонсоров «Хезболлы».')).toEqual(['Хезболла=grp', 'Хезболлы=grp']);
  });

  it('keeps the strict reading of a word that has one', () => {
    // "Николай" reads as the listed Nikolay strictly; no sound reading is added beside it.
    expect(found('Минфин США ввел санкции против Николая Колесова.')).toEqual(['Николая Колесова=rus']);
    expect(found('Санкции против Николаса Колесова.')).toEqual([]);
  });
});

describe('a Spanish name written in Cyrillic by its sound', () => {
  it('joins g, h, j and kh; s, z and ts; c as k or s by the vowel after it', () => {
    expect(foreignSoundKey('rankhel')).toBe(foreignSoundKey('rangel'));
    expect(foreignSoundKey('gomes')).toBe(foreignSoundKey('gomez'));
    expect(foreignSoundKey('frantsisko')).toBe(foreignSoundKey('francisco'));
    expect(foreignSoundKey('marko')).toBe(foreignSoundKey('marco'));
    expect(foreignSoundKey('savarse')).toBe(foreignSoundKey('zavarse'));
    // The index holds skeletons (kh as h): a final h stays, so "Белый" is no Belykh.
    expect(foreignSoundKey('beli')).not.toBe(foreignSoundKey('belih'));
    expect(foreignSoundKey('huan')).toBe(foreignSoundKey('juan'));
    expect(foreignSoundKey('sharov')).not.toBe(foreignSoundKey('zharov'));
  });

  it('finds the whole name in Ukrainian and Russian, also a word whose strict reading is another listed word', () => {
    expect(found('Мінфін США запровадив санкції проти Франциско Ранхеля Гомеса, колишнього губернатора.')).toEqual(['Франциско Ранхеля Гомеса=rangel']);
    // "Марко" reads strictly as the listed Marko, and by sound as Marco too.
    expect(found('Санкции США против губернатора Родольфо Марко Торресо.')).toEqual(['Родольфо Марко Торресо=marco']);
    expect(found('Белый дом ввел новые санкции.')).toEqual([]);
  });

  it('reads qui and cue before e as кье, куе: "Іскуердо" for IZQUIERDO', () => {
    expect(foreignSoundKey('iskuerdo')).toBe(foreignSoundKey('izquierdo'));
    expect(foreignSoundKey('iskierdo')).toBe(foreignSoundKey('izquierdo'));
    expect(foreignSoundKey('kuervo')).toBe(foreignSoundKey('cuervo'));
    expect(found('Санкції проти: держміністр Герардо Іскуердо Паблос і командувач.')).toEqual(['Герардо Іскуердо Паблос=izq']);
  });
});

describe("an Arab given name of the shape faa'il in its other vowel", () => {
  it('is the spoken e the lists write where the page has the classical i, and the other way round', () => {
    expect(found('Санкции коснулись двух советников сирийского лидера - Ясира Хусейна Ибрахимы.')).toEqual(['Ясира Хусейна Ибрахимы=yas']);
    expect(found('Минфин США ввел санкции против Салиха Хамидо.')).toEqual(['Салиха Хамидо=sal']);
    expect(found('Минфин США ввел санкции против Насера Кудси.')).toEqual(['Насера Кудси=nas']);
  });

  it('still needs the whole name', () => {
    expect(found('Минфин США ввел санкции против Ясира Петрова и Насера Салихова.')).toEqual([]);
  });
});

describe('a Ukrainian -ко surname in its cases', () => {
  const luk = buildNameIndex([entity('luk', 'LUKASHENKA, Alyaksandr', 'person', true, { countries: ['Belarus'] })]);
  it('reads the instrumental and dative as the nominative', () => {
    const names = (t: string) => scanText(luk, t).map((m) => m.text);
    expect(names('Санкції проти чиновників, включно з Олександром Лукашенком, президентом Білорусі.')).toEqual(['Олександром Лукашенком']);
    expect(names('Санкції ЄС: Олександру Лукашенку заборонено в\'їзд, Білорусь.')).toEqual(['Олександру Лукашенку']);
  });

  it('reads a foreign name by its sound also when only a case ending read off it meets a listed word', () => {
    expect(found('Минфин США ввел санкции против финансистов в Катаре: Али Ридха аль-Кассаби Лари.')).toEqual(['Али Ридха аль-Кассаби Лари=qat']);
  });

  it('reads the Persian form of a given name as the Arabic one the list writes, where the name goes on only so', () => {
    expect(found('Минфин США ввел санкции против финансистов в Катаре: Али Реза аль-Кассаби Лари.')).toEqual(['Али Реза аль-Кассаби Лари=qat']);
    expect(found('Минфин США ввел санкции: Али Реза Карими.')).toEqual(['Али Реза Карими=reza-0']);
  });
});

describe('an Arab name read back from Arabic script', () => {
  it('is the listed name written with v and o, where the page writes ф and у', () => {
    expect(found('США ввели санкції щодо заступника начальника генштабу сирійської армії Каріма Захлуфа.')).toEqual(['Каріма Захлуфа=zahlov']);
  });

  it('needs the whole name: the surname alone is no one', () => {
    expect(found('США ввели санкції щодо Захлуфа.')).toEqual([]);
  });
});

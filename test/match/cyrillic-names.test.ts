import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'], nationalities: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('lavrov', 'LAVROV, Sergei Viktorovich', 'person', true, { ...ru, positions: ['Minister of Foreign Affairs of the Russian Federation'] }),
  entity('lavrova', 'LAVROVA, Yekaterina Sergeyevna', 'person', true, ru),
  entity('ivanov', 'IVANOV, Ivan Ivanovich', 'person', true, ru),
  entity('coba', 'COBA', 'organization', true),
  entity('aleksandra', 'PETROVA, Aleksandra', 'person', true, ru),
  entity('khrenin', 'KHRENIN, Viktor Gennadievich', 'person', true, { countries: ['Belarus'] }),
  entity('volfovich', 'VOLFOVICH, Aleksandr Grigorievich', 'person', true, { countries: ['Belarus'] }),
  entity('transneft', 'PUBLIC JOINT STOCK COMPANY TRANSNEFT', 'organization', true, { countries: ['Russia'] }),
  entity('bortnikov', 'BORTNIKOV, Alexander Vasilievich', 'person', true, ru),
  entity('tokarev', 'TOKAREV, Nikolay Petrovich', 'person', true, ru),
  entity('kuznetsova', 'KUZNETSOVA, Anna Yurievna', 'person', true, ru),
  entity('volodin', 'VOLODIN, Vyacheslav Victorovich', 'person', true, ru),
  entity('grigoryev', 'GRIGORYEV, Yuri Innokentyevich', 'person', true, ru),
  entity('del-rosario', 'DEL ROSARIO, Sergei', 'person', true, { countries: ['Philippines'] }),
  entity('usmanov', 'USMANOV, Alisher Burhanovich', 'person', true, ru),
  entity('ismailova', 'ISMAILOVA, Gulbakhor Burkhanovna', 'person', true, { countries: ['Uzbekistan'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('names in Cyrillic news', () => {
  it('finds Putin, Lukashenka in Russian and in Belarusian, and Deripaska', () => {
    const page = ['Минфин США ввел санкции. Владимир Путин, Александр Лукашенко и Аляксандр Лукашэнка ответили.', 'Олег Дерипаска промолчал.'];
    expect(marks(page)).toEqual([
      'Владимир Путин:ofac-35096:sanctioned',
      'Александр Лукашенко:ofac-9760:sanctioned',
      'Аляксандр Лукашэнка:ofac-9760:sanctioned',
      'Олег Дерипаска:ofac-24283:sanctioned',
    ]);
  });

  it('finds a name in every case, and a surname alone in any case after the full name', () => {
    const page = ['США ввели санкции против Владимира Путина и Сергея Лаврова.', 'Путину позвонили; о Путине говорят, с Путиным спорят. Лавров промолчал.'];
    expect(marks(page)).toEqual([
      'Владимира Путина:ofac-35096:sanctioned',
      'Сергея Лаврова:lavrov:sanctioned',
      'Путину:ofac-35096:sanctioned',
      'Путине:ofac-35096:sanctioned',
      'Путиным:ofac-35096:sanctioned',
      'Лавров:lavrov:sanctioned',
    ]);
  });

  it('reads a declined word as the name it continues: Лаврова after Сергея is Lavrov, not Lavrova', () => {
    expect(marks(['Санкции против Екатерины Лавровой и Сергея Лаврова.'])).toEqual(['Екатерины Лавровой:lavrova:sanctioned', 'Сергея Лаврова:lavrov:sanctioned']);
  });

  it('tries each reading of a name\'s first word: Александра is Aleksandra, and also Aleksandr in the genitive', () => {
    expect(marks(['Санкции ЕС против Александра Лукашенко и Александры Петровой.'])).toEqual([
      'Александра Лукашенко:ofac-9760:sanctioned',
      'Александры Петровой:aleksandra:sanctioned',
    ]);
  });

  it('finds Russians and Belarusians named in Ukrainian: Володимира Путіна, Олександра Лукашенка, Сергій Лавров', () => {
    expect(marks(['Санкції США проти Володимира Путіна та Олександра Лукашенка.', 'Сергій Лавров промовчав, Путін теж.'])).toEqual([
      'Володимира Путіна:ofac-35096:sanctioned',
      'Олександра Лукашенка:ofac-9760:sanctioned',
      'Сергій Лавров:lavrov:sanctioned',
      'Путін:ofac-35096:sanctioned',
    ]);
  });

  it('finds Russians named in Ukrainian in the genitive: Олександра Бортнікова (ALEXANDER), Миколи Токарєва, Ганни Кузнєцової (Anna)', () => {
    expect(marks(['РНБО запровадила санкції проти Росії: проти Олександра Бортнікова та Миколи Токарєва.'])).toEqual([
      'Олександра Бортнікова:bortnikov:sanctioned',
      'Миколи Токарєва:tokarev:sanctioned',
    ]);
    expect(marks(['РНБО запровадила санкції проти Росії: проти Ганни Кузнєцової.'])).toEqual(['Ганни Кузнєцової:kuznetsova:sanctioned']);
  });

  it('reads a Ukrainian apostrophe inside a name as part of the word: В\'ячеслава Володіна, Юрія Григор’єва', () => {
    expect(marks(["РНБО запровадила санкції проти Росії: проти В'ячеслава Володіна та Юрія Григор’єва.", 'Також Вʼячеслав Володін.'])).toEqual([
      "В'ячеслава Володіна:volodin:sanctioned",
      'Юрія Григор’єва:grigoryev:sanctioned',
      'Вʼячеслав Володін:volodin:sanctioned',
    ]);
  });

  it('finds a firm named in guillemets in any case, under the Latin rules: a sanctions page that names its country', () => {
    expect(marks(['Санкции США против российских компаний: под них попал президент «Транснефти».'])).toEqual(['Транснефти:transneft:sanctioned']);
    expect(marks(['Президент «Транснефти» провел совещание.'])).toEqual([]);
  });

  it('never marks a lower-case word that shares a name\'s stem, nor a name alone without a full mention', () => {
    expect(marks(['Санкции: путина и путину — не имена. Путин промолчал.'])).toEqual([]);
  });

  it('says only "possible" for a common name without evidence, and nothing more on a sports page', () => {
    expect(marks(['Иван Иванов открыл новую пекарню в центре города.'])).toEqual(['Иван Иванов:ivanov:possible']);
    const sport = ['Нападающий Иван Иванов забил два гола в матче чемпионата, тренер доволен сезоном.'];
    expect(marks(sport)).toEqual(['Иван Иванов:ivanov:possible']);
    expect(marks(['Минфин США ввел санкции против Ивана Иванова.'])).toEqual(['Ивана Иванова:ivanov:sanctioned']);
  });

  it('never matches a Cyrillic word to a Latin name by its look-alike letters: СОВА is not COBA', () => {
    expect(marks(['Санкции США: СОВА и Сова летят.'])).toEqual([]);
    expect(marks(['Sanctions hit C\u041eBA and COBA.']).map((m) => m.split(':')[1])).toEqual(['coba', 'coba']);
  });

  it('reads a patronymic in the other East Slavic languages, and only the listed father\'s name', () => {
    const page = ['Санкції США: міністр оборони Віктор Геннадійович Хренін та держсекретар Олександр Григорович Вольфович.'];
    expect(marks(page)).toEqual(['Віктор Геннадійович Хренін:khrenin:sanctioned', 'Олександр Григорович Вольфович:volfovich:sanctioned']);
    expect(marks(['Санкції США: Віктор Геннадьевич Хренин.'])).toEqual(['Віктор Геннадьевич Хренин:khrenin:sanctioned']);
    expect(marks(['Санкції США: Віктор Іванович Хренін.'])).toEqual([]);
  });

  it('reads a title written in capitals before a name as no name word, though "Дел" reads as a particle', () => {
    expect(marks(['США ввели санкции против Министра Иностранных Дел Сергея Лаврова.'])).toEqual(['Сергея Лаврова:lavrov:sanctioned']);
  });

  it('reads two listed full names in a row as two people, not one longer name', () => {
    expect(marks(['ЄС може зняти санкції з сестри підприємця Алішера Усманова Гульбахор Ісмаїлову.'])).toEqual([
      'Алішера Усманова:usmanov:sanctioned',
      'Гульбахор Ісмаїлову:ismailova:sanctioned',
    ]);
    // A name that runs on into words of no listed name is still someone else's fuller name.
    expect(marks(['Санкції ЄС: Алішера Усманова Петра Кравця.'])).toEqual([]);
  });
});

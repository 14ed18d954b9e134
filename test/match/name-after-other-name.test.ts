import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const script = (id: string, latin: string, arabic: string, extra = {}) => ({
  ...entity(id, latin, 'person', true, extra),
  names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }],
});
const by = { countries: ['Belarus'], nationalities: ['Belarus'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('eismont', 'EISMONT, Natalya', 'person', true, by),
  script('zawahiri', 'AYMAN MUHAMMAD RABI AL-ZAWAHIRI', 'أيمن محمد ربيع الظواهري'),
  script('saleh', 'AHMED ALI ABDULLAH SALEH', 'أحمد علي عبدالله صالح'),
  entity('lukashenka-dzmitry', 'LUKASHENKA, Dzmitry Aliaksandravich', 'person', true, by),
  // Dmitry a given name by the lists' own count (six listed persons or more carry it first).
  ...['IVANOV', 'PETROV', 'SIDOROV', 'KOZLOV', 'SMIRNOV', 'POPOV'].map((s, k) => entity(`dmitry-${k}`, `${s}, Dmitry`, 'person', true, by)),
  entity('petrenko', 'PETRENKO, Oleg', 'person', true, by),
  // Larisa a listed given name, but of fewer than six listed persons.
  entity('koval', 'KOVAL, Larisa', 'person', true, by),
  entity('rangel', 'RANGEL GOMEZ, Francisco Jose', 'person', true, { countries: ['Venezuela'], positions: ['Former Governor of Bolivar State'] }),
  entity('bolivar', 'BOLIVAR PEREZ, Jose', 'person', true, { countries: ['Venezuela'] }),
  entity('khamenei', 'KHAMENEI, Ali Husseini', 'person', true, { countries: ['Iran'], positions: ['Supreme Leader of Iran'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a listed name right after another name word', () => {
  it('reads a place\'s name after its kind in lower case as no name word: "del estado Bolívar Francisco Rangel Gómez"', () => {
    expect(marks(['La OFAC sancionó al exgobernador del estado Bolívar Francisco Rangel Gómez.'])).toEqual(['Francisco Rangel Gómez:rangel:sanctioned']);
    expect(marks(['La OFAC sancionó a Bolívar Francisco Rangel Gómez.'])).toEqual([]);
  });

  it('reads a cleric\'s rank before a name as a title, no name word: "Ayatollah Ali Khamenei"', () => {
    expect(marks(['The Treasury sanctioned advisers to Supreme Leader Ayatollah Ali Khamenei of Iran.'])).toEqual(['Ali Khamenei:khamenei:sanctioned']);
  });

  it('reads a Cyrillic surname before a given name and surname as someone else\'s: "пресс-секретарь Лукашенко Наталья Эйсмонт"', () => {
    expect(marks(['Санкции ЕС: пресс-секретарь Лукашенко Наталья Эйсмонт.'])).toEqual(['Наталья Эйсмонт:eismont:sanctioned']);
  });

  it('reads a Cyrillic given name after a given name and surname as someone else\'s: "сина Олександра Лукашенка Дмитра"', () => {
    expect(marks(['Санкції ЄС проти середнього сина президента Олександра Лукашенка Дмитра.']).filter((m) => m.startsWith('Олександра'))).toEqual([
      'Олександра Лукашенка:ofac-9760:sanctioned',
    ]);
    // A surname after it is a fuller name of someone else, as before.
    expect(marks(['Санкції ЄС проти Олександра Лукашенка Петренка.']).filter((m) => m.startsWith('Олександра'))).toEqual([]);
    // A rarer given name joined by "and" to a frequent one: two more people ("дочерей ... Ларису и Екатерину").
    expect(marks(['Санкции ЕС против детей президента Александра Лукашенко Ларису и Дмитрия.']).filter((m) => m.startsWith('Александра'))).toEqual([
      'Александра Лукашенко:ofac-9760:sanctioned',
    ]);
    expect(marks(['Санкции ЕС против Александра Лукашенко Ларису.']).filter((m) => m.startsWith('Александра'))).toEqual([]);
  });

  it('reads a Cyrillic word right after an acronym in capitals as the body\'s brand: "власник ПВК Вагнер Євгеній Пригожин"', () => {
    expect(marks(['Санкции ЕС: владелец ЧВК Вагнер Наталья Эйсмонт.'])).toEqual(['Наталья Эйсмонт:eismont:sanctioned']);
    expect(marks(['Санкції ЄС: власниця ПВК Вагнер Наталья Эйсмонт.'])).toEqual(['Наталья Эйсмонт:eismont:sanctioned']);
    // Without the acronym, the word may be a given name: someone else's fuller name, as before.
    expect(marks(['Санкции ЕС: владелец Вагнер Наталья Эйсмонт.'])).toEqual([]);
  });

  it('still takes a given name before the name as a fuller name of someone else', () => {
    expect(marks(['Санкции ЕС: Иван Наталья Эйсмонт.'])).toEqual([]);
  });

  it('reads Arabic "ولد" (was born) before a name with nothing before it as no part of the name', () => {
    expect(marks(['ولد أيمن محمد ربيع الظواهري في مصر.'])).toEqual(['أيمن محمد ربيع الظواهري:zawahiri:sanctioned']);
    // "son of Ayman…": someone else's name.
    expect(marks(['قال يوسف بن أيمن محمد ربيع الظواهري إن'])).toEqual([]);
  });
});

describe('an Arabic family name alone after the full name', () => {
  it('links "الظواهري" back to the person the page named', () => {
    expect(marks(['قتل أيمن الظواهري في كابول.', 'صباح اليوم الثلاثاء، الظواهري كان من بين المخططين.'])).toEqual([
      'أيمن الظواهري:zawahiri:sanctioned',
      'الظواهري:zawahiri:sanctioned',
    ]);
  });

  it('never without the full name before, nor a family name that is an everyday word or a common name ("صالح")', () => {
    expect(marks(['الظواهري كان من بين المخططين.'])).toEqual([]);
    const words = marks(['أدرج أحمد علي عبدالله صالح في القائمة السوداء.', 'وهذا القرار صالح لمدة عام.']).map((m) => m.split(':')[0]);
    expect(words).toEqual(['أحمد علي عبدالله صالح']);
  });
});

describe('a listed rare surname as an unlisted person\'s second surname', () => {
  const ve = buildNameIndex([
    ...fixtureEntities,
    entity('chavez-frias', 'CHAVEZ FRIAS, Adan Coromoto', 'person', true, { countries: ['Venezuela'] }),
    // Leopoldo a listed given name, as in the lists.
    entity('leopoldo', 'MARTINEZ, Leopoldo', 'person', true, { countries: ['Mexico'] }),
  ]);
  const found = (text: string) => scanPage(ve, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
  const story = 'EEUU sancionó al general cubano Leopoldo Cintra Frías por su apoyo al Gobierno venezolano y lo puso en la lista negra de sanciones. ';

  it('reads "Cintra Frías" at a sentence\'s start as the person named in full before, not as CHAVEZ FRIAS', () => {
    expect(found(story + 'Cintra Frías no fue el primero sancionado.')).toEqual([]);
  });

  it('still finds the rare surname alone on a sanctions page about its country', () => {
    expect(found('EEUU sancionó por su apoyo al Gobierno venezolano y puso en la lista negra de sanciones a Frías, hermano del expresidente.')).toEqual(['Frías:chavez-frias:sanctioned']);
  });
});

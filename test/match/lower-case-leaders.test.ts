// Russia's leaders as many Ukrainian outlets write them, in lower case on purpose ("володимиру путіну").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { caseForms, cyrillicSpellings, formsHash, surnameCaseForms } from '../../lib/match/lower-case-leaders';
import { LOWER_CASE_SURNAME_WORDS, SURNAMES_ASKED } from '../../lib/names/lower-case-surnames';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('leader', 'ZORVANOV, Vladimir Petrovich', 'person', true, { countries: ['Russia'], positions: ['President of the Russian Federation'] }),
  entity('minister', 'OREL, Sergei Ivanovich', 'person', true, { countries: ['Russia'], positions: ['Minister of Defense of the Russian Federation'] }),
  entity('plain', 'KOVAL, Roman Ivanovich', 'person', true, { countries: ['Russia'] }),
  // A surname of the dataset's leaders, whose lower-case form lib/names/lower-case-surnames.ts lists as a word.
  entity('lavrov', 'LAVROV, Sergei Viktorovich', 'person', true, { countries: ['Russia'], positions: ['Minister of Foreign Affairs of the Russian Federation'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a prominent listed person\'s given name and surname in lower case', () => {
  it('is the person, in any case the two words agree in', () => {
    expect(marks(['Санкції США проти росії: президент рф володимир зорванов заявив, що не боїться.'])).toEqual(['володимир зорванов:leader:sanctioned']);
    expect(marks(['Санкції США проти росії: він поступається лише президенту володимиру зорванову.'])).toEqual(['володимиру зорванову:leader:sanctioned']);
    expect(marks(['Санкции США против России: встреча с владимиром зорвановым.'])).toEqual(['владимиром зорвановым:leader:sanctioned']);
    expect(marks(['Санкції США проти росії: міністр оборони рф сергій орел сказав.'])).toEqual(['сергій орел:minister:sanctioned']);
  });

  it('is no one when the surname stands alone, the cases disagree, or the person holds no office', () => {
    expect(marks(['Санкції США проти росії: над горою кружляв орел.'])).toEqual([]);
    expect(marks(['Санкції США проти росії: книга сергія орел лежала на столі.'])).toEqual([]);
    expect(marks(['Санкції США проти росії: роман коваль лежав на столі.'])).toEqual([]);
  });
});

describe('a prominent listed person\'s surname alone in lower case', () => {
  it('is the person when the form is no Ukrainian or Russian word, on a page that names his country', () => {
    // As the capitalised surname would be, it links back to the full name.
    expect(marks(['Президент росії Володимир Путін заявив.', 'США запроваджують санкції проти наближених до путіна осіб.'])).toEqual(['Володимир Путін:ofac-35096:sanctioned', 'путіна:ofac-35096:sanctioned']);
  });

  it('is no one when the form is an everyday word', () => {
    // "путина" is the fishing season in Russian and Ukrainian, "лаврова" the laurel's in Ukrainian, "орел" an eagle.
    expect(marks(['Санкции против России не помешали: на Камчатке началась путина, рыбаки вышли в море.'])).toEqual([]);
    expect(marks(['Санкції проти росії не завадили: на столі лежала лаврова гілка.'])).toEqual([]);
    expect(marks(['Санкції США проти росії: над горою кружляв орел, а за ним орла не було видно.'])).toEqual([]);
  });

  it('is read from a table that lists the leaders\' forms that are words, beside the surnames asked about', () => {
    const words = new Set(LOWER_CASE_SURNAME_WORDS.split(/\s+/));
    for (const word of ['путина', 'путину', 'лаврова']) expect(words.has(word)).toBe(true);
    for (const form of ['путіна', 'путіну', 'шоигу', 'мішустіним']) expect(words.has(form)).toBe(false);
    // Each surname with the hash of the very forms the dictionaries were asked about.
    expect(SURNAMES_ASKED.split(/\s+/)).toContain(`putin:${formsHash(surnameCaseForms('putin'))}`);
  });

  it('is the person when the form is an everyday word that "and" joins to another leader\'s surname read alone', () => {
    // "лаврова" is the laurel's, but not beside "путіна і" in the same case.
    const named = 'Президент росії Володимир Путін і міністр Сергій Лавров заявили.';
    expect(marks([named, 'США запроваджують санкції проти дочок путіна і лаврова.'])).toEqual(['Володимир Путін:ofac-35096:sanctioned', 'Сергій Лавров:lavrov:sanctioned', 'путіна:ofac-35096:sanctioned', 'лаврова:lavrov:sanctioned']);
    expect(marks([named, 'США запроваджують санкції проти дочок лаврова та путіна.'])).toEqual(['Володимир Путін:ofac-35096:sanctioned', 'Сергій Лавров:lavrov:sanctioned', 'лаврова:lavrov:sanctioned', 'путіна:ofac-35096:sanctioned']);
    // Not in another case: "путіну і лаврова гілка" is the laurel's branch.
    expect(marks([named, 'США запроваджують санкції: путіну і лаврова гілка.'])).toEqual(['Володимир Путін:ofac-35096:sanctioned', 'Сергій Лавров:lavrov:sanctioned', 'путіну:ofac-35096:sanctioned']);
  });

  it('is no one when the spelling dictionaries were not asked about the surname\'s forms', () => {
    // ZORVANOV is no leader of the shipped dataset: whether "зорванова" is a word is not known, so it is read as one.
    expect(marks(['Президент росії Володимир Зорванов заявив.', 'США запроваджують санкції проти наближених до зорванова осіб.'])).toEqual(['Володимир Зорванов:leader:sanctioned']);
  });

  it('is no one on a page that names none of the person\'s countries', () => {
    expect(marks(['Футбольний клуб переміг, і тренер чомусь подякував путіну.'])).toEqual([]);
  });
});

describe('the Cyrillic forms made from a Latin name', () => {
  it('spells a name in Russian and Ukrainian letters and declines it', () => {
    expect(cyrillicSpellings('putin')).toEqual(['путин', 'путін']);
    expect(caseForms('мішустін').map(([f]) => f)).toContain('мішустіним');
    expect(caseForms('сергіи').map(([f]) => f)).toContain('сергієм');
    expect(caseForms('шоигу')).toEqual([['шоигу', 127]]);
  });
});

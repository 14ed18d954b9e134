// Names in Cyrillic news, in the built extension: declined Russian names, a Ukrainian word with Latin look-alike
// letters inside, and the card that shows the page's form beside the list's name (#21, #22).
import { expect, it } from 'vitest';
import { describeArticle, hoverName } from './harness';

describeArticle('a Russian article', 'pages/cyrillic-article.html', 5, (article) => {
  it('marks the names in any grammatical case and spelled with look-alike letters, and nothing in editable text', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Владимира Путина', 'Сергея Лаврова', 'Сергея Шойгу', 'Валерия Герасимова', 'Владимир Путин', 'Cepгiя Шoйгу']));
    // The textarea also says "Владимир Путин"; the article says it once.
    expect(marks.sanctioned.filter((t) => t === 'Владимир Путин')).toHaveLength(1);
  });

  it('shows a card with the list\'s name and the words as the page wrote them', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Владимира Путина');
    await expect.poll(() => card.innerText()).toContain('PUTIN, Vladimir Vladimirovich');
    expect(await card.innerText()).toContain('Владимира Путина');
    await page.screenshot({ path: article.h.screenshotPath('card-putin-cyrillic') });
  });
});

describeArticle('a Russian article with translated, Korean and Ukrainian names', 'pages/cyrillic-translated-names.html', 4, (article) => {
  it('marks a Korean name as Russian writes it, a firm by its Russian name, and a Ukrainian patronymic', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Чон Ён Нама', 'Государственной транспортной лизинговой компании', 'Мегафон', 'Віктор Геннадійович Хренін']));
    // The textarea names Chon Yong Nam and Megafon too; the article names each once.
    expect(marks.sanctioned.filter((t) => t === 'Мегафон')).toHaveLength(1);
    expect(marks.sanctioned).not.toContain('Чон Ён Нам');
  });
});

describeArticle('a Russian article with a brand written with a dot and a name after another\'s surname', 'pages/cyrillic-brands-and-press-secretary.html', 4, (article) => {
  it('marks "ВЭБ.РФ", «Металлоинвест» and Lukashenko\'s press secretary, and nothing in editable text', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Наталья Эйсмонт', 'ВЭБ.РФ', 'Металлоинвест', 'Мегафон']));
    // The textarea names Eismont and VEB.RF too; the article names each once.
    expect(marks.sanctioned.filter((t) => t === 'ВЭБ.РФ')).toHaveLength(1);
    expect(marks.sanctioned.filter((t) => t === 'Наталья Эйсмонт')).toHaveLength(1);
  });

  it('names on the card the listed alias the Cyrillic words stand for', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Наталья Эйсмонт');
    await expect.poll(() => card.innerText()).toContain('EISMANT, Natallia Mikalaeuna');
    expect(await card.innerText()).toContain('“Наталья Эйсмонт” on this page matches EISMONT, Natalya, another name the list gives this entry.');
    await page.screenshot({ path: article.h.screenshotPath('card-eismont-cyrillic') });
  });
});

describeArticle('a Ukrainian and Russian article on a head of state, his son and banks', 'pages/cyrillic-heads-and-relatives.html', 6, (article) => {
  it('marks the bare surname the president and his son share as the president, a brand the list spells with c, and no firm\'s adjective', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Лукашенка', 'Олександра Лукашенко', 'Віктор Лукашенко', 'Олександра Лукашенка', 'Януковича', 'Совкомбанк', 'Новикомбанк']));
    expect(marks.possible).not.toContain('Лукашенка');
    expect([...marks.sanctioned, ...marks.possible]).not.toContain('Московский');
    // The textarea names Sovcombank too; the article names it once.
    expect(marks.sanctioned.filter((t) => t === 'Совкомбанк')).toHaveLength(1);
  });

  it('shows the president\'s card for the bare surname', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Лукашенка');
    await expect.poll(() => card.innerText()).toContain('LUKASHENKA, Alyaksandr Ryhorovich');
    await page.screenshot({ path: article.h.screenshotPath('card-lukashenka-head') });
  });
});

describeArticle('a Ukrainian and Russian article on Kadyrov and Volodin', 'pages/cyrillic-kadyrov-and-apostrophes.html', 4, (article) => {
  it('marks Kadyrov as sanctioned (his two OFAC entries are one entity) and a Ukrainian name with an apostrophe inside', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Рамзан Кадиров', 'Рамзана Кадырова', 'Рамзан Кадыров', 'В’ячеслава Володіна']));
    expect(marks.possible).not.toContain('Рамзан Кадыров');
    // The textarea names both too; the article names "Рамзан Кадыров" once.
    expect(marks.sanctioned.filter((t) => t === 'Рамзан Кадыров')).toHaveLength(1);
  });
});

describeArticle('a Ukrainian and Russian article on a wife, a holding, a unit and a name surname first', 'pages/cyrillic-relatives-and-kinds.html', 5, (article) => {
  it('marks Kadyrov (not his wife) before her given name, a brand after its word of kind, a unit in quotes and "Хренин Виктор"', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Кадирова', 'Рамзана Кадирова', 'USM', 'Терек', 'Хренин Виктор']));
    expect([...marks.sanctioned, ...marks.possible]).not.toContain('Кадирова Медні');
    // The textarea names USM too; the article names it once.
    expect(marks.sanctioned.filter((t) => t === 'USM')).toHaveLength(1);
  });

  it('shows Ramzan Kadyrov\'s card for his surname before his wife\'s name', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Кадирова');
    await expect.poll(() => card.innerText()).toContain('KADYROV, Ramzan Akhmatovich');
  });
});

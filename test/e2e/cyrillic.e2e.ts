// Names in Cyrillic news, in the built extension: declined Russian names, a Ukrainian word with Latin look-alike
// letters inside, and the card that shows the page's form beside the list's name (#21, #22).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('a Russian article', () => {
  it('marks the names in any grammatical case and spelled with look-alike letters, and nothing in editable text', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/cyrillic-article.html`);
    const marks = await waitForMarks(page, 5);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Владимира Путина', 'Сергея Лаврова', 'Сергея Шойгу', 'Валерия Герасимова', 'Владимир Путин', 'Cepгiя Шoйгу']));
    // The textarea also says "Владимир Путин"; the article says it once.
    expect(marks.sanctioned.filter((t) => t === 'Владимир Путин')).toHaveLength(1);
    await page.close();
  });

  it('shows a card with the list\'s name and the words as the page wrote them', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/cyrillic-article.html`);
    await waitForMarks(page, 5);
    const card = await hoverName(page, 'Владимира Путина');
    await expect.poll(() => card.innerText()).toContain('PUTIN, Vladimir Vladimirovich');
    expect(await card.innerText()).toContain('Владимира Путина');
    await page.screenshot({ path: h.screenshotPath('card-putin-cyrillic') });
    await page.close();
  });
});

describe('a Russian article with translated, Korean and Ukrainian names', () => {
  it('marks a Korean name as Russian writes it, a firm by its Russian name, and a Ukrainian patronymic', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/cyrillic-translated-names.html`);
    const marks = await waitForMarks(page, 4);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Чон Ён Нама', 'Государственной транспортной лизинговой компании', 'Мегафон', 'Віктор Геннадійович Хренін']));
    // The textarea names Chon Yong Nam and Megafon too; the article names each once.
    expect(marks.sanctioned.filter((t) => t === 'Мегафон')).toHaveLength(1);
    expect(marks.sanctioned).not.toContain('Чон Ён Нам');
    await page.close();
  });
});

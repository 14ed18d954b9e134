// Names in Arabic news, in the built extension: the UN list's Arabic-script names on a right-to-left page, one
// written with "و" (and) in front, and the card that shows the page's words beside the list's name (#21).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('an Arabic article', () => {
  it('marks the listed names, also with "and" in front, and nothing in editable text', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/arabic-article.html`);
    const marks = await waitForMarks(page, 3);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['محمد عبد الكريم الغماري', 'ويوسف المداني', 'وصالح مسفر صالح الشاعر']));
    expect(marks.sanctioned).not.toContain('يوسف المداني');
    await page.close();
  });

  it('shows a card with the list\'s name and the words as the page wrote them', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/arabic-article.html`);
    await waitForMarks(page, 3);
    const card = await hoverName(page, 'محمد عبد الكريم الغماري');
    await expect.poll(() => card.innerText()).toContain('MUHAMMAD ABD AL-KARIM AL-GHAMARI');
    expect(await card.innerText()).toContain('محمد عبد الكريم الغماري');
    // The page is right to left; the card, in English, is not.
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.screenshot({ path: h.screenshotPath('card-ghamari-arabic') });
    await page.close();
  });
});

describe('an Arabic article naming people the lists write in Latin letters only', () => {
  it('marks the Salehs by their Arabic names and shows the list\'s Latin name on the card', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/arabic-latin-names.html`);
    const marks = await waitForMarks(page, 2);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['وأحمد علي عبدالله صالح', 'علي عبدالله صالح']));
    // Once each: the textarea's "علي عبدالله صالح" is never marked.
    expect(marks.sanctioned.filter((t) => t === 'علي عبدالله صالح')).toHaveLength(1);
    const card = await hoverName(page, 'وأحمد علي عبدالله صالح');
    await expect.poll(() => card.innerText()).toContain('SALEH, Ahmed Ali');
    await page.screenshot({ path: h.screenshotPath('card-saleh-arabic') });
    await page.close();
  });
});

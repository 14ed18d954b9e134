// The real 2019 articles in ../shared/pages, served as simple HTML pages. Skipped, with a message, when absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, realArticles } from '../../scripts/test-pages';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

const articles = realArticles();
if (articles.length === 0) console.warn(`Skipping the real-article tests: no articles in ${ARTICLES_DIR}.`);

let h: Harness;
beforeAll(async () => {
  if (articles.length) h = await connect();
});
afterAll(async () => {
  await h?.browser.close();
});

describe.skipIf(articles.length === 0)('the real articles', () => {
  it.each(articles)('%s: every "Nicolás Maduro" is marked as sanctioned', async (file) => {
    const text = readFileSync(join(ARTICLES_DIR, file), 'utf8');
    const expected = text.match(/Nicol[aá]s Maduro/g) ?? [];
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/articles/${file.replace(/\.txt$/, '.html')}`);
    const marks = await waitForMarks(page, 1);
    expect(marks.sanctioned.filter((t) => /^Nicol[aá]s Maduro$/.test(t))).toHaveLength(expected.length);
    await page.close();
  });

  // The site's menu ("TÜRKİYE Istanbul Education ...") and "Istanbul Sabahattin Zaim University": a city's name
  // was once read as the brand of JAWHIRAH COMPANY ISTANBUL (OFAC 46869) and marked sanctioned.
  it('the Daily Sabah story: "Istanbul" is not marked', async () => {
    const file = articles.find((f) => f.startsWith('003_'));
    if (!file) return;
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/articles/${file.replace(/\.txt$/, '.html')}`);
    // Its 22 true mentions (Maduro, Guaidó, PDVSA) come in the same batch as any "Istanbul" would.
    const marks = await waitForMarks(page, 22);
    expect(Object.values(marks).flat().filter((t) => /istanbul/i.test(t))).toEqual([]);
    expect(marks.sanctioned.filter((t) => /Maduro/.test(t)).length).toBeGreaterThan(10);
    await page.close();
  });

  it('the Figuera story: his card shows the delisting', async () => {
    const file = articles.find((f) => f.startsWith('000_'));
    if (!file) return;
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/articles/${file.replace(/\.txt$/, '.html')}`);
    const marks = await waitForMarks(page, 2);
    const name = marks.delisted.find((t) => t.includes('Cristopher Figuera'));
    expect(name).toBeDefined();
    const card = await hoverName(page, name!);
    await expect.poll(() => card.innerText()).toContain('Delisted');
    await page.screenshot({ path: h.screenshotPath('real-article-figuera') });
    await page.close();
  });
});

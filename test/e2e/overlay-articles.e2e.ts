// The real 2019 articles in ../shared/pages (skipped, with a message, when absent): the names each one should have
// marked, by status, and the cards a reader checks first. Logs the time from DOMContentLoaded to the first marks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionStatus } from '../../lib/match/mention';
import { ARTICLES_DIR, realArticles } from '../../scripts/test-pages';
import { connect, hoverName, markedTexts, waitForMarks, type Harness } from './harness';

const articles = realArticles();
if (articles.length === 0) console.warn(`Skipping the overlay's real-article tests: no articles in ${ARTICLES_DIR}.`);

/** What a reader of each article should see marked (a subset: the names the articles' README lists). */
const EXPECTED: Record<string, Partial<Record<MentionStatus, string[]>>> = {
  '000': { sanctioned: ['Nicolas Maduro'], delisted: ['Manuel Ricardo Cristopher Figuera'], 'not-sanctioned': ['Mike Pence', 'US Treasury Department'] },
  '001': { sanctioned: ['Nicolás Maduro', 'Nicolás Maduro'], 'not-sanctioned': ['John Bolton', 'Juan Guaidó', 'Juan Guaidó'] },
  '002': { sanctioned: ['Nicolas Maduro'], 'not-sanctioned': ['Juan Guaido'] },
  '003': { sanctioned: ['Nicolas Maduro', 'PDVSA'], 'not-sanctioned': ['Juan Guaido'] },
  '004': { sanctioned: ['Nicolas Maduro', 'Hugo Carvajal'], 'not-sanctioned': ['Steven Mnuchin', 'Venezuelan National Guard', 'FAES'] },
};

let h: Harness;
beforeAll(async () => {
  if (articles.length) h = await connect();
});
afterAll(async () => {
  await h?.browser.close();
});

async function open(file: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${h.origin}/articles/${file.replace(/\.txt$/, '.html')}`);
  await waitForMarks(page, 1);
  const ms = await page.evaluate(() => {
    const first = performance.getEntriesByName('sanctions-lens:first-marks')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return first && nav ? first.startTime - nav.domContentLoadedEventStart : NaN;
  });
  console.log(`${file}: first marks ${ms.toFixed(0)} ms after DOMContentLoaded`);
  return page;
}

function missing(have: string[], want: string[]): string[] {
  const left = [...have];
  return want.filter((w) => {
    const i = left.indexOf(w);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe.skipIf(articles.length === 0)('the overlay on the real articles', () => {
  it.each(articles.filter((f) => EXPECTED[f.slice(0, 3)]))('%s: the expected names are marked with their status', async (file) => {
    const page = await open(file);
    const expected = EXPECTED[file.slice(0, 3)];
    await expect
      .poll(async () => {
        const marks = await markedTexts(page);
        return Object.entries(expected).flatMap(([status, names]) => missing(marks[status as MentionStatus], names ?? []).map((n) => `${status}: ${n}`));
      }, { timeout: 5_000 })
      .toEqual([]);
    // Every "Nicolás Maduro" / "Nicolas Maduro" of the text is marked, none in the page's other words.
    const text = readFileSync(join(ARTICLES_DIR, file), 'utf8');
    const maduro = (text.match(/Nicol[aá]s Maduro/g) ?? []).length;
    expect((await markedTexts(page)).sanctioned.filter((t) => /^Nicol[aá]s Maduro$/.test(t))).toHaveLength(maduro);
    await page.close();
  });

  it('000: Cristopher Figuera shows "delisted" with both dates; Mike Pence "not sanctioned" with his role', async () => {
    const file = articles.find((f) => f.startsWith('000_'));
    if (!file) return;
    const page = await open(file);
    const figuera = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => figuera.innerText()).toContain('Delisted');
    expect(await figuera.innerText()).toMatch(/listed 15 Feb 2019[\s\S]*delisted 7 May 2019/);
    await page.screenshot({ path: h.screenshotPath('overlay-article-000-figuera') });
    await page.keyboard.press('Escape');
    await figuera.waitFor({ state: 'hidden' });

    const pence = await hoverName(page, 'Mike Pence');
    await expect.poll(() => pence.innerText()).toContain('Mike Pence');
    const text = await pence.innerText();
    expect(text).toContain('Not sanctioned');
    expect(text).toContain('Vice President of the United States');
    await page.screenshot({ path: h.screenshotPath('overlay-article-000-pence') });
    await page.close();
  });

  it('001: Nicolás Maduro shows OFAC sanctions under the VENEZUELA program', async () => {
    const file = articles.find((f) => f.startsWith('001_'));
    if (!file) return;
    const page = await open(file);
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS');
    const text = await card.innerText();
    expect(text).toContain('US OFAC');
    expect(text).toContain('VENEZUELA');
    expect(text).toContain('Sanctioned');
    await page.screenshot({ path: h.screenshotPath('overlay-article-001-maduro') });
    await page.close();
  });
});

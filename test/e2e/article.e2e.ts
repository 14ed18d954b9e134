import { expect, it } from 'vitest';
import { describeArticle, hoverName, markedTexts, stopServiceWorkers, waitForMarks } from './harness';

describeArticle('the demo article', 'pages/demo-article.html', 3, (article) => {
  it('marks the names of the dataset by status, and nothing in editable text', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toContain('Nicolás Maduro');
    expect(marks.sanctioned).toContain('Hugo Carvajal');
    expect(marks.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    expect(marks['not-sanctioned']).toContain('Mike Pence');
    // The textarea and the contenteditable region also say "Nicolás Maduro"; the article says it twice.
    expect(marks.sanctioned.filter((t) => t.startsWith('Nicolás Maduro'))).toHaveLength(2);
  });

  it('shows a card with the status on hover, in an open shadow root', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS, Nicolas');
    const text = await card.innerText();
    expect(text).toContain('Sanctioned');
    expect(text).toContain('VENEZUELA');
    await page.screenshot({ path: article.h.screenshotPath('card-maduro') });

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    const delisted = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => delisted.innerText()).toContain('Delisted');
    await page.screenshot({ path: article.h.screenshotPath('card-figuera') });
    expect(await markedTexts(page)).toBeTruthy();
  });

  it('marks a page when the service worker was stopped: the name index comes back from its cache', async () => {
    const { page } = await article.open();
    await stopServiceWorkers(article.h, page);
    const started = Date.now();
    await page.reload();
    const marks = await waitForMarks(page, 3);
    console.log(`demo article: marks ${Date.now() - started} ms after a reload with the worker stopped (cold worker)`);
    expect(marks.sanctioned).toContain('Nicolás Maduro');
    expect(marks.delisted).toContain('Manuel Ricardo Cristopher Figuera');
  });
});

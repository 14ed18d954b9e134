import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, markedTexts, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('the demo article', () => {
  it('marks the names of the dataset by status, and nothing in editable text', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    const marks = await waitForMarks(page, 3);
    expect(marks.sanctioned).toContain('Nicolás Maduro');
    expect(marks.sanctioned).toContain('Hugo Carvajal');
    expect(marks.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    expect(marks['not-sanctioned']).toContain('Mike Pence');
    // The textarea and the contenteditable region also say "Nicolás Maduro"; the article says it twice.
    expect(marks.sanctioned.filter((t) => t.startsWith('Nicolás Maduro'))).toHaveLength(2);
    await page.close();
  });

  it('shows a card with the status on hover, in an open shadow root', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS, Nicolas');
    const text = await card.innerText();
    expect(text).toContain('Sanctioned');
    expect(text).toContain('VENEZUELA');
    await page.screenshot({ path: h.screenshotPath('card-maduro') });

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    const delisted = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => delisted.innerText()).toContain('Delisted');
    await page.screenshot({ path: h.screenshotPath('card-figuera') });
    expect(await markedTexts(page)).toBeTruthy();
    await page.close();
  });

  it('marks a page when the service worker was stopped: the name index comes back from its cache', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const started = Date.now();
    await page.reload();
    const marks = await waitForMarks(page, 3);
    console.log(`demo article: marks ${Date.now() - started} ms after a reload with the worker stopped (cold worker)`);
    expect(marks.sanctioned).toContain('Nicolás Maduro');
    expect(marks.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('popup and options read the same database', () => {
  it('the popup finds a listed person by a folded, reordered query and opens the card', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('maduro nicolás');
    const result = page.getByRole('button', { name: 'MADURO MOROS, Nicolas' });
    await result.waitFor();
    await result.click();
    const card = page.getByRole('dialog');
    await expect.poll(() => card.innerText()).toContain('Sanctioned');
    expect(await card.innerText()).toContain('VENEZUELA');
    await page.screenshot({ path: h.screenshotPath('popup-card') });

    await page.getByRole('button', { name: '← Back' }).click();
    await search.fill('zzzz qqqq');
    await page.getByText('No one in the dataset matches').waitFor();
    await page.close();
  });

  it('the options page shows the active dataset, its size and its sources', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const status = page.locator('section[aria-labelledby="sl-dataset-heading"]').getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/Entries\s+[\d,]+/);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Version');
    expect(text).toMatch(/licence: \S+/);
    await page.screenshot({ path: h.screenshotPath('options'), fullPage: true });
    await page.close();
  });
});

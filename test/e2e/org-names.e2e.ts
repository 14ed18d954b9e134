// Organisations as the news names them, in the built extension: an acronym the page defines in brackets, a firm's
// brand without its words of kind, and Russian firms in «guillemets» (bank «Россия», never the country) (#18, #21).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('organisations in running text', () => {
  it('marks a defined acronym, a brand and firms in guillemets, and not the country Россия', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/org-names.html`);
    await expect.poll(async () => (await waitForMarks(page, 5)).sanctioned.filter((t) => t === 'AQAH').length, { timeout: 30_000 }).toBe(2);
    const marks = await waitForMarks(page, 5);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Al-Qard al-Hassan', 'AQAH', 'Акваника', 'Авиа групп', 'Авиа групп Норд', 'Россия']));
    expect(marks.delisted).toContain('Rusal');
    // «Россия» after "банку" is the bank; "Россия ответила" is the country.
    expect(marks.sanctioned.filter((t) => t === 'Россия')).toHaveLength(1);
    await page.close();
  });

  it('shows the brand\'s own firm on the card, and the firms that share the brand as other possible matches', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/org-names.html`);
    await waitForMarks(page, 5);
    const card = await hoverName(page, 'Novatek');
    await expect.poll(() => card.innerText()).toContain('OAO NOVATEK');
    // The card sets its headings in capitals and the names in readable case.
    const text = (await card.innerText()).toLowerCase();
    expect(text).toContain('other possible matches');
    expect(text).toContain('novatek murmansk');
    await page.close();
  });
});

// Organisations as the news names them, in the built extension: an acronym the page defines in brackets, a firm's
// brand without its words of kind, and Russian firms in «guillemets» (bank «Россия», never the country) (#18, #21).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitForMarks, type Harness } from './harness';

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
});

// A title and a surname alone, and a headline's surname before the full name, in the built extension (#20 item 8:
// "President Guaido" was not marked).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('an article that names officials by title and surname', () => {
  it('marks "President Guaido", "Defense Minister Padrino López" and the headline\'s "Maduro", not "coach Martinez"', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/title-surname.html`);
    const marks = await waitForMarks(page, 5);
    expect(marks['not-sanctioned']).toEqual(['Guaido', 'Guaido']);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Maduro', 'Nicolás Maduro Moros', 'Padrino López']));
    const all = Object.values(marks).flat();
    expect(all).not.toContain('Martinez');
    expect(all).not.toContain('Gonzalez');
    await page.close();
  });
});

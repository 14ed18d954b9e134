// Organisations as the news names them, in the built extension: an acronym the page defines in brackets, a firm's
// brand without its words of kind, and Russian firms in «guillemets» (bank «Россия», never the country) (#18, #21).
import { expect, it } from 'vitest';
import { describeArticle, hoverName, waitForMarks } from './harness';

describeArticle('organisations in running text', 'pages/org-names.html', 5, (article) => {
  it('marks a defined acronym, a brand and firms in guillemets, and not the country Россия', async () => {
    const { page } = await article.open();
    await expect.poll(async () => (await waitForMarks(page, 5)).sanctioned.filter((t) => t === 'AQAH').length, { timeout: 30_000 }).toBe(2);
    const marks = await waitForMarks(page, 5);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Al-Qard al-Hassan', 'AQAH', 'Акваника', 'Авиа групп', 'Авиа групп Норд', 'Россия']));
    expect(marks.delisted).toContain('Rusal');
    // «Россия» after "банку" is the bank; "Россия ответила" is the country.
    expect(marks.sanctioned.filter((t) => t === 'Россия')).toHaveLength(1);
  });

  it('shows the brand\'s own firm on the card, and the firms that share the brand as other entries that share the name', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'Novatek');
    await expect.poll(() => card.innerText()).toContain('OAO NOVATEK');
    // The card sets its headings in capitals and the names in readable case.
    const text = (await card.innerText()).toLowerCase();
    expect(text).toContain('other entries that share this name');
    expect(text).toContain('novatek murmansk');
  });
});

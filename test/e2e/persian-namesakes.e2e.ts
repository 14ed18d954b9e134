// Namesakes of listed Iranians in Latin letters on a football page, in the built extension (#18): "Mohammad Reza
// Kazemi", "Morteza Ghasemi", "Ali Akbar Salehi" (names many Iranians share: lib/names/iranian-persons.ts,
// lib/names/nisba.ts) are marked only as possible, never as sanctioned.
import { expect, it } from 'vitest';
import { describeArticle } from './harness';

describeArticle('a football report naming namesakes of listed Iranians', 'pages/football-iranian-namesakes.html', 3, (article) => {
  it('marks them only as possible', async () => {
    const { marks } = await article.open();
    expect(marks.possible).toEqual(expect.arrayContaining(['Mohammad Reza Kazemi', 'Morteza Ghasemi', 'Ali Akbar Salehi']));
    expect(marks.sanctioned).toEqual([]);
  });
});

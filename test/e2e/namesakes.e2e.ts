// Namesakes of listed Iranians and Afghans on a football page, in the built extension (#18, #21): "Mohammad Reza
// Shams" (all common given names; NAQDI, Mohammad Reza a.k.a. SHAMS) and the coach "شمس الدين" (SHAMSUDDIN) are
// marked only as possible, never as sanctioned.
import { expect, it } from 'vitest';
import { describeArticle } from './harness';

describeArticle('a football report naming namesakes of listed people', 'pages/football-namesakes.html', 3, (article) => {
  it('marks them only as possible', async () => {
    const { marks } = await article.open();
    expect(marks.possible).toEqual(expect.arrayContaining(['Mohammad Reza Shams', 'شمس الدين']));
    expect(marks.possible.filter((t) => t === 'شمس الدين')).toHaveLength(2);
    expect(marks.sanctioned).toEqual([]);
  });
});

// Names the news writes otherwise than the lists, in the built extension: a full name misspelt by a letter ("Igor
// Seshin" for SECHIN, Igor; near-name.ts), and a nickname that is an everyday word right after the full name ("La
// Gallina"; nicknames.ts); a namesake one letter from a listed name whose surname is common stays unmarked.
import { expect, it } from 'vitest';
import { describeArticle } from './harness';

describeArticle('an article that misspells listed names', 'pages/misspelt-names.html', 4, (article) => {
  it('marks "Igor Seshin", "Gulbakho Imailova" and "La Gallina" as sanctioned, not "Mikhail Friedman"', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Igor Seshin', 'Gulbakho Imailova', 'Francisco Javier Gudiño Haro', 'La Gallina']));
    expect(Object.values(marks).flat()).not.toContain('Mikhail Friedman');
  });
});

// A title and a surname alone, and a headline's surname before the full name, in the built extension (#20 item 8:
// "President Guaido" was not marked).
import { expect, it } from 'vitest';
import { describeArticle } from './harness';

describeArticle('an article that names officials by title and surname', 'pages/title-surname.html', 5, (article) => {
  it('marks "President Guaido", "Defense Minister Padrino López" and the headline\'s "Maduro", not "coach Martinez"', async () => {
    const { marks } = await article.open();
    expect(marks['not-sanctioned']).toEqual(['Guaido', 'Guaido']);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Maduro', 'Nicolás Maduro Moros', 'Padrino López']));
    const all = Object.values(marks).flat();
    expect(all).not.toContain('Martinez');
    expect(all).not.toContain('Gonzalez');
  });
});

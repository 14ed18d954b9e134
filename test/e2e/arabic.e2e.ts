// Names in Arabic news, in the built extension: the UN list's Arabic-script names on a right-to-left page, one
// written with "و" (and) in front, and the card that shows the page's words beside the list's name (#21).
import { expect, it } from 'vitest';
import { describeArticle, hoverName } from './harness';

describeArticle('an Arabic article', 'pages/arabic-article.html', 3, (article) => {
  it('marks the listed names, also with "and" in front, and nothing in editable text', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['محمد عبد الكريم الغماري', 'ويوسف المداني', 'وصالح مسفر صالح الشاعر']));
    expect(marks.sanctioned).not.toContain('يوسف المداني');
  });

  it('shows a card with the list\'s name and the words as the page wrote them', async () => {
    const { page } = await article.open({ width: 1100, height: 800 });
    const card = await hoverName(page, 'محمد عبد الكريم الغماري');
    // One entity with OFAC's entry 31193 since the whole-name merge: the card shows OFAC's form of the name.
    await expect.poll(() => card.innerText()).toContain('AL-GHAMARI, Muhammad Abd Al-Karim');
    expect(await card.innerText()).toContain('محمد عبد الكريم الغماري');
    // The page is right to left; the card, in English, is not.
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // One man on both lists is one entity (the whole-name merge): the card lists the UN's sanction and OFAC's.
    const lists = await card.locator('.sl-authority .sl-list-line').allInnerTexts();
    expect(lists).toEqual(expect.arrayContaining([expect.stringMatching(/OFAC SDN list.*31193/), expect.stringMatching(/UN Security Council list.*YEi\.008/)]));
    await page.screenshot({ path: article.h.screenshotPath('card-ghamari-arabic') });
  });
});

describeArticle('an Arabic article naming people the lists write in Latin letters only', 'pages/arabic-latin-names.html', 2, (article) => {
  it('marks the Salehs by their Arabic names, "عبد الله" written apart too, and Hezbollah by its Arabic name, and shows the list\'s Latin name on the card', async () => {
    const { page, marks } = await article.open({ width: 1100, height: 800 });
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['وأحمد علي عبدالله صالح', 'علي عبدالله صالح', 'عبدالملك الحوثي', 'أحمد علي عبد الله صالح', 'لحزب الله']));
    // Once each: the textarea's "علي عبدالله صالح" is never marked.
    expect(marks.sanctioned.filter((t) => t === 'علي عبدالله صالح')).toHaveLength(1);
    const card = await hoverName(page, 'وأحمد علي عبدالله صالح');
    await expect.poll(() => card.innerText()).toContain('SALEH, Ahmed Ali');
    await page.screenshot({ path: article.h.screenshotPath('card-saleh-arabic') });
    // Abdulmalik al-Houthi is one entity since the merge reads "ABDULMALIK AL-HOUTHI" (UN) as "AL-HOUTHI, Abdul-Malik"
    // (OFAC): his card lists both lists' sanctions.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 5_000 });
    await page.mouse.move(1, 1);
    const houthi = await hoverName(page, 'عبدالملك الحوثي');
    await expect.poll(() => houthi.innerText()).toContain('AL HOUTHI, Abdul Malik');
    const lists = await houthi.locator('.sl-authority .sl-list-line').allInnerTexts();
    expect(lists).toEqual(expect.arrayContaining([expect.stringMatching(/OFAC SDN list.*17927/), expect.stringMatching(/UN Security Council list.*YEi\.004/)]));
  });
});

describeArticle('an Arabic article on al-Zawahiri and al-Qaida', 'pages/arabic-zawahiri.html', 5, (article) => {
  it('marks "تنظيم القاعدة"\'s group, al-Zawahiri\'s family name alone and his name after "ولد", not "the base"', async () => {
    const { page, marks } = await article.open({ width: 1100, height: 800 });
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['أيمن الظواهري', 'الظواهري', 'أيمن محمد ربيع الظواهري', 'القاعدة']));
    // Three "تنظيم القاعدة" in the article; "القاعدة العسكرية" (the military base) and the textarea's are not marked.
    expect(marks.sanctioned.filter((t) => t === 'القاعدة')).toHaveLength(3);
    expect(marks.sanctioned.filter((t) => t === 'الظواهري')).toHaveLength(1);
    const card = await hoverName(page, 'القاعدة');
    // UN QDe.004 is one entity with OFAC's entry 6366 since the whole-name merge: OFAC's form of the name.
    await expect.poll(() => card.innerText()).toContain("AL QA'IDA");
  });
});

describeArticle('an Arabic article on the Caesar Act, its people listed in Latin letters only', 'pages/arabic-caesar-act.html', 8, (article) => {
  it('marks two-word names read as the lists\' Latin spellings, with "and" in front too, not in editable text', async () => {
    const { page, marks } = await article.open({ width: 1100, height: 800 });
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['بشار الأسد', 'محمد حمشو', 'وماهر الأسد', 'غسان علي بلال', 'وبشرى الأسد']));
    // Once: the textarea's "بشار الأسد" is never marked.
    expect(marks.sanctioned.filter((t) => t === 'بشار الأسد')).toHaveLength(1);
    const card = await hoverName(page, 'وبشرى الأسد');
    await expect.poll(() => card.innerText()).toContain('AL-ASSAD, Bushra');
    await page.screenshot({ path: article.h.screenshotPath('card-bushra-assad-arabic') });
  });
});

describeArticle('an Arabic article on al-Shabaab and the Qadhafis, listed in Latin letters only', 'pages/arabic-shabaab-qadhafi.html', 5, (article) => {
  it('marks al-Shabaab by its Arabic name, with "ل" in front too, and Muammar al-Qadhafi through the ع the Latin writes as a vowel, not in editable text', async () => {
    const { page, marks } = await article.open({ width: 1100, height: 800 });
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['حركة الشباب', 'لحركة الشباب', 'معمر القذافي', 'لمحمد القذافي']));
    // Once each: the textarea's are never marked.
    expect(marks.sanctioned.filter((t) => t === 'حركة الشباب')).toHaveLength(1);
    expect(marks.sanctioned.filter((t) => t === 'معمر القذافي')).toHaveLength(1);
    const card = await hoverName(page, 'لحركة الشباب');
    await expect.poll(() => card.innerText()).toContain('AL-SHABAAB');
    await page.screenshot({ path: article.h.screenshotPath('card-shabaab-arabic') });
  });
});

describeArticle('an Arabic page with a sanctions story and places named after Khalid ibn al-Walid', 'pages/arabic-named-after-figures.html', 2, (article) => {
  it('marks Usama bin Ladin, whose family name the list writes with "bin", and never the mosque, the school or "خالد بن الوليد" (son of al-Walid)', async () => {
    const { marks } = await article.open();
    expect(marks.sanctioned).toContain('أسامة بن لادن');
    const all = Object.values(marks).flat();
    expect(all.filter((t) => t.includes('خالد') || t.includes('الوليد'))).toEqual([]);
  });
});

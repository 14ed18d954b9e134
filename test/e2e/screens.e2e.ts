// Every screen a reader sees, in English and Spanish, light and dark, written to test-output/screens/ to be looked at:
// the card (sanctioned, possible and what tells its namesakes apart, delisted), the keyboard list, the popup with results and its filters open, and the
// options page. English in the shared Chromium, Spanish in the shared one started with --lang=es. Each shot
// first checks that its screen is there, in its language; in Spanish, the card and the popup carry no English sentence
// of ours: English is left only where it is a list's own words, marked lang="en" and labelled (and in links and names).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';
import { openTab, sendToTab } from './overlay-helpers';

const WORDS = {
  en: { shortcuts: ['Keyboard shortcuts', 'Alt+Shift+L lists the names marked on the page', 'Alt+Shift+M turns the marks on or off on this site'], apart: 'What tells them apart:', born: 'b\\.', sanctioned: 'Sanctioned', possible: 'Why this match?', delisted: 'Delisted', list: 'Names on this page', search: 'Search', results: 'Search results', filters: 'Filters', options: 'Sanctions Lens settings' },
  es: { shortcuts: ['Atajos de teclado', 'Alt+Shift+L muestra la lista de nombres marcados en la página', 'Alt+Shift+M activa o desactiva las marcas en este sitio'], apart: 'Cómo distinguirlos:', born: 'n\\.', sanctioned: 'Con sanciones', possible: '¿Por qué esta coincidencia?', delisted: 'Sanción levantada', list: 'Nombres en esta página', search: 'Buscar', results: 'Resultados de la búsqueda', filters: 'Filtros', options: 'Ajustes de Sanctions Lens' },
};

interface Reader {
  context: BrowserContext;
  extensionId: string;
  /** An extension page, to open tabs and message them as the extension does. */
  ext: Page;
}

const outDir = join(inject('outputDir'), 'screens');

// English function words, in lower case (names on the lists are written in capitals or as names, not with these).
const ENGLISH = /\b(the|of|and|with|from|was|were|by|listed|removed|designated|called|son)\b/;
/** The text of `root` outside elements marked lang="en" and outside links (a source's name), one text node a line. */
async function oursOnly(root: Locator): Promise<string> {
  return root.evaluate((el) => {
    const out: string[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element && (node.closest('[lang="en"]') || node.tagName === 'A' || node.tagName === 'STYLE')) return;
      if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
      for (const child of node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes, ...node.childNodes] : node.childNodes) walk(child);
    };
    walk(el);
    return out.join('\n');
  });
}
async function expectNoEnglish(root: Locator, what: string): Promise<void> {
  const text = await oursOnly(root);
  expect(text.split('\n').filter((line) => ENGLISH.test(line)), what).toEqual([]);
}
let h: Harness;
let spanish: Harness;
const readers: Partial<Record<'en' | 'es', Reader>> = {};

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  h = await connect();
  spanish = await connect('es');
  for (const [lang, at] of [['en', h], ['es', spanish]] as const) {
    const ext = await at.context.newPage();
    await ext.goto(`chrome-extension://${at.extensionId}/options.html`);
    readers[lang] = { context: at.context, extensionId: at.extensionId, ext };
  }
}, 120_000);
afterAll(async () => {
  await readers.en?.ext.close();
  await readers.es?.ext.close();
  await h?.browser.close();
  await spanish?.browser.close();
});

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['es', 'light'],
  ['es', 'dark'],
] as const)('every screen (%s, %s)', (lang, scheme) => {
  const words = WORDS[lang];
  const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(outDir, `${name}-${lang}-${scheme}.png`), fullPage });
  const article = async (path: string, marks: number): Promise<{ page: Page; tabId: number }> => {
    const r = readers[lang]!;
    const opened = await openTab({ context: r.context } as Harness, r.ext, `${inject('origin')}/pages/${path}`);
    await opened.page.emulateMedia({ colorScheme: scheme });
    await opened.page.setViewportSize({ width: 1100, height: 800 });
    await opened.page.bringToFront();
    await waitForMarks(opened.page, marks);
    return opened;
  };

  it('the cards: sanctioned, possible, delisted', async () => {
    const { page } = await article('demo-article.html', 3);
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain(words.sanctioned);
    if (lang === 'es') await expectNoEnglish(card, 'the Spanish card of Maduro');
    await shot(page, 'card-sanctioned');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    const delisted = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => delisted.innerText()).toContain(words.delisted);
    if (lang === 'es') await expectNoEnglish(delisted, 'the Spanish card of Cristopher Figuera');
    await shot(page, 'card-delisted');
    await page.close();

    const sports = (await article('card-sports.html', 2)).page;
    const possible = await hoverName(sports, 'Jose Gonzalez');
    await expect.poll(() => possible.innerText()).toMatch(new RegExp(words.possible.replace(/[?¿]/g, '.'), 'i'));
    if (lang === 'es') await expectNoEnglish(possible, 'the Spanish possible card of Jose Gonzalez');
    await shot(sports, 'card-possible');
    // The same card scrolled to what tells the namesakes apart: each one's birth year, country and role.
    const apart = possible.locator('.sl-why-candidates');
    await possible.locator('.sl-why-apart').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await possible.locator('.sl-why-apart').innerText()).toBe(words.apart);
    expect(await apart.locator('li').count()).toBeGreaterThan(1);
    expect(await apart.innerText()).toMatch(new RegExp(`GONZALEZ PENUELAS, Ignacio: ${words.born} \\d{4}`));
    await shot(sports, 'card-ambiguous');
    await sports.close();
  }, 120_000);

  it('the cards on a Russian and an Arabic page', async () => {
    for (const [path, marks, name, file] of [
      ['cyrillic-article.html', 5, 'Владимира Путина', 'card-cyrillic'],
      ['arabic-article.html', 3, 'محمد عبد الكريم الغماري', 'card-arabic'],
    ] as const) {
      const { page } = await article(path, marks);
      const card = await hoverName(page, name);
      await expect.poll(() => card.innerText()).toContain(words.sanctioned);
      if (lang === 'es') await expectNoEnglish(card, `the Spanish card on ${path}`);
      await shot(page, file);
      await page.close();
    }
  }, 120_000);

  it('the keyboard list', async () => {
    const { page, tabId } = await article('demo-article.html', 3);
    await page.locator('h1').click();
    await sendToTab(readers[lang]!.ext, tabId, 'showNameList');
    await page.getByRole('dialog', { name: words.list }).waitFor();
    await shot(page, 'keyboard-list');
    await page.close();
  }, 60_000);

  it('the popup with results and its filters, and the options page', async () => {
    const r = readers[lang]!;
    const popup = await r.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 404, height: 700 });
    await popup.goto(`chrome-extension://${r.extensionId}/popup.html`);
    // Before a search: the offer of updates from the publishers (until the reader chooses), "On this page", the switches.
    await popup.getByRole('searchbox', { name: words.search }).waitFor();
    await expect.poll(() => popup.locator('footer').innerText()).toMatch(/\d/);
    // The keyboard shortcuts, as the browser has them bound, in the reader's language (issue #20 item 3).
    const popupText = await popup.locator('body').innerText();
    for (const words_ of words.shortcuts) expect(popupText).toContain(words_);
    if (lang === 'es') await expectNoEnglish(popup.locator('body'), 'the Spanish popup before a search');
    await shot(popup, 'popup-start');
    await popup.getByRole('searchbox', { name: words.search }).fill('maduro');
    await popup.getByRole('list', { name: words.results }).getByRole('button').first().waitFor({ timeout: 30_000 });
    await popup.locator('.sl-filters summary').click();
    await expect.poll(() => popup.locator('.sl-filters summary').innerText()).toContain(words.filters);
    // Numbers in the catalog's language, as its dates are: "17.785 entradas · listas del 2 jul 2024…".
    expect(await popup.locator('body').innerText()).toMatch(lang === 'es' ? /\b\d{1,3}\.\d{3} entradas · listas del \d/ : /\b\d{1,3},\d{3} entries · lists of \d/);
    if (lang === 'es') await expectNoEnglish(popup.locator('body'), 'the Spanish popup with results');
    await shot(popup, 'popup-results-filters');
    await popup.locator('.sl-filters summary').click();

    // A detail with the curated file's facts: Maduro's son, and the nickname the list lacks.
    await popup.getByRole('searchbox', { name: words.search }).fill('maduro guerra');
    await popup.getByRole('list', { name: words.results }).getByRole('button', { name: 'MADURO GUERRA, Nicolas Ernesto' }).click();
    const detail = popup.locator('.sl-card-inline');
    await expect.poll(() => detail.innerText()).toContain(lang === 'es' ? 'Hijo de Nicolás Maduro.' : 'Son of Nicolás Maduro.');
    if (lang === 'es') await expectNoEnglish(detail, 'the Spanish popup detail of Maduro Guerra');
    await shot(popup, 'popup-detail', true);
    await popup.close();

    const options = await r.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 1000, height: 800 });
    await options.goto(`chrome-extension://${r.extensionId}/options.html`);
    await options.getByRole('heading', { name: words.options }).waitFor();
    await expect.poll(() => options.locator('body').innerText()).toContain(words.shortcuts[2]);
    for (const words_ of words.shortcuts) expect(await options.locator('body').innerText()).toContain(words_);
    await shot(options, 'options', true);
    await options.close();
  }, 60_000);
});

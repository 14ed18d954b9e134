// The card's "why this match", its menu, the notices and the popup's undo for a reader whose browser is in Spanish:
// the shared Chromium started with --lang=es (test/e2e/global-setup.ts), over the same test pages.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, hoverName, markedTexts, waitForMarks } from './harness';

const CARD = 'sanctions-lens-card [role="dialog"]';

let browser: Browser;
let context: BrowserContext;
const origin = inject('origin');
const shot = (name: string) => resolve(inject('outputDir'), `${name}.png`);
// The shared Spanish profile installs the dataset and builds its index while the first page is read, if this file is
// the first to use it: on a busy machine its first screenshots have waited more than Playwright's 30 s (once).
const SLOW = { timeout: 90_000 };

beforeAll(async () => {
  ({ browser, context } = await connect('es'));
});
afterAll(async () => {
  await browser?.close();
});

async function sports(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${origin}/pages/card-sports.html`);
  await waitForMarks(page, 2);
  return page;
}

describe('the card and its menu in Spanish', () => {
  it('says why the match is only possible, and offers its menu, in Spanish', async () => {
    const page = await sports();
    const card = await hoverName(page, 'Jose Gonzalez');
    await expect.poll(() => card.innerText()).toMatch(/¿por qué esta coincidencia\?/i);
    const text = await card.innerText();
    expect(text).toContain('«Jose Gonzalez» en esta página coincide con GONZALEZ QUIRARTE, Jose, otro nombre que la lista da a esta entrada.');
    expect(text).toContain('Solo posible:');
    expect(text).toContain('Lo confirmaría:');
    expect(text).toContain('Cómo distinguirlos:');
    // The other entry that shares the name, in quiet words: the name that matched, its status as that entry's own.
    const others = page.locator('sanctions-lens-card section.sl-alternatives');
    expect(await others.innerText()).toContain('nombre que coincide: «GONZALEZ PENUELAS, Jose Ignacio» · esa otra entrada tiene sanciones');
    expect(await others.locator('.sl-badge').count()).toBe(0);
    expect(text).not.toMatch(/why_|menu_|Why this match/);
    // The card is said in Spanish on this English page: its language is its own, not the page's (a screen reader reads
    // it with a Spanish voice). Without it, a shadow root's text takes the page's <html lang>.
    expect(await card.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('es');
    await page.locator('sanctions-lens-card .sl-menu-button').click();
    expect(await page.locator('sanctions-lens-card .sl-menu-items').innerText()).toBe('No es esta persona\nDesactivar en este sitio\nConfiguración');
    await page.screenshot({ path: shot('card-why-possible-es'), ...SLOW });
    await page.locator('sanctions-lens-card [data-action="not-this-person"]').click();
    await page.locator(CARD).waitFor({ state: 'hidden' });
    await expect.poll(async () => (await markedTexts(page)).possible).toEqual([]);
    const notice = page.locator('sanctions-lens-notice [role="status"]');
    await expect.poll(() => notice.innerText()).toContain('GONZALEZ QUIRARTE, Eduardo ya no se marca en 127.0.0.1.');
    expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('es');
    // The pointer on the notice keeps it (it goes by itself after 10 s otherwise).
    await notice.hover();
    await page.screenshot({ path: shot('card-not-this-person-notice-es'), ...SLOW });
    // Undo from the notice, the reader's own click.
    await notice.getByRole('button', { name: 'Volver a marcar' }).click();
    await expect.poll(async () => (await markedTexts(page)).possible).toEqual(['Jose Gonzalez']);
    await page.close();
  }, 180_000);

  it('says in Spanish what on the page supports a match: a title that fits a curated role, a headline\'s surname', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${origin}/pages/title-surname.html`);
    await waitForMarks(page, 5);
    const why = async (name: string) => {
      const card = await hoverName(page, name);
      await expect.poll(() => card.innerText(), SLOW).toMatch(/¿por qué esta coincidencia\?/i);
      const text = await card.locator('.sl-why').innerText();
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'hidden' });
      return text;
    };
    const guaido = await why('Guaido');
    expect(guaido).toContain('«Guaido» en esta página coincide con Juan Guaidó, el nombre que le dan nuestros datos recopilados.');
    // The office in lower case inside the sentence, worded in Spanish from the curated role fact.
    expect(guaido).toMatch(/Un cargo junto al nombre encaja con el que le dan nuestros datos recopilados: presidente de la Asamblea Nacional de Venezuela \(enero de 2019–enero de 2023\)\./);
    expect(await why('Maduro')).toContain('«Maduro» remite a MADURO MOROS, Nicolas, cuyo nombre completo aparece en otro lugar de esta página.');
    await page.close();
  }, 120_000);

  it('turning the marks off for the site says so in Spanish', async () => {
    const page = await sports();
    await hoverName(page, 'Nicolás Maduro');
    await page.locator('sanctions-lens-card .sl-menu-button').click();
    await page.locator('sanctions-lens-card [data-action="site-off"]').click();
    const notice = page.locator('sanctions-lens-notice [role="status"]');
    await expect.poll(() => notice.innerText()).toContain('Las marcas de Sanctions Lens están desactivadas en 127.0.0.1.');
    await notice.hover();
    await page.screenshot({ path: shot('card-site-off-notice-es'), ...SLOW });
    await notice.getByRole('button', { name: 'Volver a activar' }).click();
    await expect.poll(async () => (await markedTexts(page)).sanctioned).toEqual(['Nicolás Maduro']);
    await page.close();
  }, 180_000);
});

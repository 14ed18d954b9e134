// The options page for a reader whose browser is in Spanish, with the sync engine's result lines: the shared
// Chromium started with --lang=es (test/e2e/global-setup.ts). The engine's results are structured (lib/sync/status.ts
// SyncWords) and worded through the catalog (lib/i18n/sync-words.ts), so no English line is left.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_INTERVAL_HOURS } from '../../lib/sync/schedule';
import { sendFrom } from '../../scripts/extension-pages';
import { connect, type Harness } from './harness';

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await connect('es');
  options = await h.context.newPage();
  await options.setViewportSize({ width: 1000, height: 1400 });
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
});
afterAll(async () => {
  // The Dataset URL cleared and the interval as shipped: the shared Spanish browser's later files find no check due.
  await sendFrom(options, 'setSyncSettings', { url: '', intervalHours: DEFAULT_INTERVAL_HOURS });
  await options.close();
  await h?.browser.close();
});

describe('the options page in Spanish', () => {
  it('says a sync’s result, and its history line, in Spanish', async () => {
    // A Dataset URL whose origin the reader never granted: the sync fails, and says why, keeping the shipped data.
    await sendFrom(options, 'setSyncSettings', { url: `${inject('origin')}/dataset/manifest.json`, intervalHours: 24 });
    await options.reload();
    await options.getByRole('button', { name: 'Sincronizar ahora' }).click();
    const result = options.locator('.sl-result-failed');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(
      /^La extensión no tiene permiso para acceder a la dirección de los datos; vuelva a indicar la URL de los datos para concederlo; se siguen usando los datos anteriores \(\d{1,2} \S+ \d{4}\)\.$/,
    );
    expect(await result.getAttribute('lang')).toBeNull();
    const history = options.getByRole('list', { name: 'Últimas sincronizaciones' });
    await expect.poll(() => history.innerText()).toContain('Falló');
    // The version beside a failed check is the one still in use, not one that failed.
    expect(await history.innerText()).toMatch(/Falló \(sigue en uso: versión \S+\)/);
    await expect.poll(() => options.locator('.sl-last-check').innerText()).toMatch(/: Falló$/);
    // The reason is said once, under "Sincronizar ahora"; the history's line for this sync gives its outcome and version.
    expect((await options.locator('body').innerText()).split('La extensión no tiene permiso').length - 1).toBe(1);

    const body = await options.locator('body').innerText();
    for (const english of ['The extension', 'is still in use', 'dataset', 'Installed', 'Sync now', 'Last syncs']) expect(body).not.toContain(english);
    expect(await options.locator('[lang="en"]').count()).toBe(0);
    await options.screenshot({ path: resolve(inject('outputDir'), 'options-sync-result-es.png'), fullPage: true });
  }, 120_000);

  it('names the lists, their publishers, dates and licences in Spanish (the manifest gives them in English)', async () => {
    await options.reload();
    const sources = options.locator('h3:text-is("Listas, sus fechas y licencias") + ul');
    await expect.poll(() => sources.locator('li').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const text = await sources.innerText();
    for (const english of ['Public domain', 'copy of that day', 'Department of the Treasury', 'Consolidated List', 'aliases and addresses', 'curated records', 'UN public data']) expect(text).not.toContain(english);
    expect(text).toContain('Lista Consolidada de Sanciones (no SDN) de la OFAC (cons_prim.csv, cons_alt.csv, cons_add.csv)');
    expect(text).toContain('19 dic 2025 (copia de ese día: la publicación no es posterior)');
    expect(text).toContain('licencia: dominio público (obra del Gobierno de EE. UU.)');
    // Every line of the shipped dataset is known by its meaning: none falls back to the quoted source text.
    expect(text).not.toMatch(/«|tal como lo indica la fuente/);
    await sources.screenshot({ path: resolve(inject('outputDir'), 'options-sources-es.png') });
  }, 60_000);
});

describe('the popup in Spanish', () => {
  it('finds a name typed in Arabic letters, and never leaves "no one matches" to read as a clearance', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: 'Buscar' }).fill('بشار الأسد');
    await expect.poll(() => popup.locator('ul[aria-label] button').first().innerText(), { timeout: 30_000 }).toBe('AL-ASSAD, Bashar');
    await popup.getByRole('searchbox', { name: 'Buscar' }).fill('qqqq zzzz');
    await popup.getByText('Nadie en los datos coincide con «qqqq zzzz».').waitFor();
    await popup.getByText('Eso no prueba que esta persona o entidad no tenga sanciones').waitFor();
    await popup.close();
  }, 60_000);
});

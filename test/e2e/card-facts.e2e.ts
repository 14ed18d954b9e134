// Cards of the people and agencies the Venezuela and Iran stories name, as a reader sees them in Chromium (#19):
// a readable title over the list's form, each sanction with its list's date, entry number, dates as far as the
// sources give them and the publisher's link, curated facts marked, the EU's reason quoted, "Copy citation" from a
// trusted click only. In English, and in Spanish from the shared browser set to Spanish. Screenshots in test-output/.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';
import { english } from '../../lib/i18n/english';
import { listAge } from '../../lib/i18n/list-age';
import { formatDate } from '../../lib/i18n/format-date';
import { readFileSync } from 'node:fs';

const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caracas and Tehran</title></head><body><article style="max-width: 640px; font: 17px/1.6 Georgia, serif; padding: 24px">
<h1>Sanctions old and new</h1>
<p>Nicolás Maduro met his ministers in Caracas on Monday.</p>
<p>The attorney general, Tarek William Saab, spoke first.</p>
<p>The former chief justice, Maikel Moreno Pérez, did not attend.</p>
<p>Diosdado Cabello Rondón read a statement.</p>
<p>The state oil company PDVSA was sanctioned in January 2019.</p>
<p>Manuel Ricardo Cristopher Figuera broke ranks that spring.</p>
<p>Mike Pence announced that his sanctions would be lifted.</p>
<p>In Tehran, the death of Qasem Soleimani was remembered.</p>
<p>In Grozny, Ramzan Kadyrov thanked the Kremlin.</p>
</article></body></html>`;

/** Opens the story on a page of `browser`'s context, served from the test's own route. */
async function story(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  // Tall enough for a whole card to be photographed (it is fixed to the window).
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.route('**/card-facts-story.html', (route) => route.fulfill({ contentType: 'text/html', body: STORY }));
  await page.goto(`${origin}/card-facts-story.html`);
  await waitForMarks(page, 9);
  return page;
}

/** The card's whole text, and a screenshot of the card grown to its full height (it scrolls on the page). */
async function readCard(page: Page, card: Locator, shot: string): Promise<string> {
  const text = await card.innerText();
  await card.evaluate((el) => {
    (el as HTMLElement).style.maxHeight = 'none';
  });
  await card.screenshot({ path: shot });
  await card.evaluate((el) => {
    (el as HTMLElement).style.maxHeight = '';
  });
  return text;
}

async function closeCard(page: Page, card: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden', timeout: 5_000 });
  await page.mouse.move(1, 1);
}

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('card facts in English', () => {
  let page: Page;
  beforeAll(async () => {
    page = await story(h.context, h.origin);
  });
  afterAll(async () => {
    await page.close();
  });

  const cases: [string, string, string[]][] = [
    ['Nicolás Maduro', 'maduro', [
      'Nicolás Maduro Moros', 'As the list writes it: MADURO MOROS, Nicolas', `OFAC SDN list as of 2 Jul 2024 (${listAge('2024-07-02', Date.now(), english)})`, 'OFAC entry 22790',
      'VENEZUELA · on the list by 4 Jan 2019', 'IRAN-CON-ARMS-EO · listed between 4 Jan 2019 and 22 May 2021', 'Cedula 5892464 (Venezuela)',
      'Nicolas Ernesto Maduro Guerra',
    ]],
    ['Tarek William Saab', 'saab-halabi', [
      'Tarek William Saab Halabi', 'OFAC entry 22750', 'EU Venezuela annex as of 17 Dec 2025', 'Annex IV, no. 6', 'EU-VEN · listed 22 Jan 2018',
      'Reason, as the list words it: “President of the Republican Moral Council', '10 Sep 1962, 10 Sep 1963',
    ]],
    ['Maikel Moreno Pérez', 'moreno-perez', [
      'Maikel José Moreno Pérez', 'Annex IV, no. 5', '31 Dec 1965, 12 Dec 1965', "President of the Criminal Appellate Chamber of Venezuela's Supreme Court of Justice",
      // The role names the one source whose words it is, in English too.
      "Supreme Court of Justice · from the ",
    ]],
    ['Diosdado Cabello Rondón', 'cabello', ['Diosdado Cabello Rondón', 'OFAC entry 24424', 'Annex IV, no. 7', 'Passport A0237802 (Venezuela)']],
    ['PDVSA', 'pdvsa', [
      'Petróleos de Venezuela, S.A.', 'On this page: “PDVSA”', 'VENEZUELA-EO13850 · listed 28 Jan 2019 (curated by Sanctions Lens · U.S. Treasury press release)',
    ]],
    ['Manuel Ricardo Cristopher Figuera', 'cristopher-figuera', [
      'VENEZUELA · listed 15 Feb 2019 · delisted 7 May 2019 · curated by Sanctions Lens · U.S. Treasury press release',
      'Delisted from the OFAC SDN list (VENEZUELA) · curated by Sanctions Lens · U.S. Treasury press release',
    ]],
    ['Mike Pence', 'pence', ['Mike Pence', 'Not sanctioned', `Lists checked: OFAC SDN list (2 Jul 2024, ${listAge('2024-07-02', Date.now(), english)}), OFAC non-SDN list (19 Dec 2025, ${listAge('2025-12-19', Date.now(), english)})`]],
    ['Qasem Soleimani', 'soleimani', [
      'Qasem Soleimani', 'SDGT · on the list by 4 Jan 2019', 'UN ref. IRi.039', 'Iran · listed 24 Mar 2007',
      "Entry created on the OFAC SDN list; the source gives the entry's programs of a later day (IRGC, SYRIA, IFSR, NPWMD, SDGT), with no day for each",
    ]],
    // OFAC's second entry for him (36459) was folded into 23343 when it left the list: his programs stay active, once.
    ['Ramzan Kadyrov', 'kadyrov', [
      'OFAC entry 23343', 'RUSSIA-EO14024 · listed between 14 Sep 2022 and 15 Sep 2022',
      'Entry 36459 of the OFAC SDN list was merged into entry 23343 for the same party (not a delisting)',
    ]],
  ];

  for (const [name, file, facts] of cases) {
    it(`${name}'s card`, async () => {
      const card = await hoverName(page, name);
      const text = await readCard(page, card, h.screenshotPath(`card-facts-${file}-en`));
      for (const fact of facts) expect(text).toContain(fact);
      // The last alias shown and the button that shows the rest are two words, for the eye and for a screen reader.
      expect(text).not.toMatch(/[\p{L}.)]\d+ more\b/u);
      if (file === 'soleimani') expect(text).toMatch(/[\p{L}.)] \d+ more\b/u); // 18 other names: the button is there
      const links = await card.locator('a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
      for (const l of links) expect(l.href).toMatch(/^https:/);
      // Links are named by their publisher, never "source" alone.
      expect(links.filter((l) => l.text === 'source')).toEqual([]);
      await closeCard(page, card);
    });
  }

  it("shows none of Kadyrov's programs delisted beside itself active", async () => {
    const card = await hoverName(page, 'Ramzan Kadyrov');
    const programs = await card.locator('.sl-sanctions li').allInnerTexts();
    expect(programs.map((p) => p.split(' · ')[0])).toEqual(['MAGNIT', 'GLOMAG', 'RUSSIA-EO14024']);
    expect(programs.join('\n')).not.toMatch(/delisted/);
    await closeCard(page, card);
  });

  it("links Maduro's entry to OFAC's page for it, PDVSA's day to the Treasury's release, Moreno Pérez's to EUR-Lex", async () => {
    const hrefs = async (name: string) => {
      const card = await hoverName(page, name);
      const out = await card.locator('a').evaluateAll((as) => as.map((a) => `${a.textContent} ${(a as HTMLAnchorElement).href}`));
      await closeCard(page, card);
      return out;
    };
    expect(await hrefs('Nicolás Maduro')).toContain('OFAC https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790');
    expect(await hrefs('PDVSA')).toContain('U.S. Treasury press release https://home.treasury.gov/news/press-releases/sm594');
    expect(await hrefs('Maikel Moreno Pérez')).toContain('EUR-Lex https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02017R2063-20251217');
  });

  it('copies the citation on the reader\'s click, and not on a click the page makes', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    const card = await hoverName(page, 'Nicolás Maduro');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    // The page presses the button itself: an untrusted event, which the card ignores.
    await card.getByRole('button', { name: 'Copy citation' }).evaluate((b) => (b as HTMLButtonElement).click());
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await card.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => card.getByRole('status').innerText()).toBe('Citation copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe([
      'Nicolás Maduro Moros (As the list writes it: MADURO MOROS, Nicolas)',
      'OFAC SDN list as of 2 Jul 2024, OFAC entry 22790: VENEZUELA, on the list by 4 Jan 2019; IRAN-CON-ARMS-EO, listed between 4 Jan 2019 and 22 May 2021. https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790',
    ].join('\n'));
    await page.screenshot({ path: h.screenshotPath('card-facts-copied-en') });
    await closeCard(page, card);
  });
});

describe("the lists' dates on the options page", () => {
  it("gives each list's own date, and the build date only as such", async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const status = page.getByRole('status').first();
    await expect.poll(() => status.innerText()).toMatch(/Lists\s+OFAC SDN list \(2 Jul 2024\), OFAC non-SDN list \(19 Dec 2025\), UN Security Council list \(27 Feb 2026\), EU Venezuela annex \(17 Dec 2025\)/);
    // The day the shipped dataset was built, as its manifest says (it changes with each rebuild).
    const built = formatDate((JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/dataset/manifest.json'), 'utf8')) as { created: string }).created.slice(0, 10));
    expect(await status.innerText()).toMatch(new RegExp(`Built\\s+${built}`));
    expect(await status.innerText()).not.toMatch(/\bDate\b/);
    await page.close();
  });
});

describe('card facts in Spanish', () => {
  let spanish: Harness;
  let page: Page;
  beforeAll(async () => {
    spanish = await connect('es');
    page = await story(spanish.context, h.origin);
    // The options page the install opened is in front: a tab behind it is not painted, and cannot be photographed.
    await page.bringToFront();
  });
  afterAll(async () => {
    await page?.close();
    await spanish?.browser.close();
  });

  const cases: [string, string, string[]][] = [
    ['Nicolás Maduro', 'maduro', ['Con sanciones', 'Como la escribe la lista: MADURO MOROS, Nicolas', 'Cargo según la lista SDN de la OFAC, en inglés: “President of the Bolivarian Republic of Venezuela”', 'Lista SDN de la OFAC al 2 jul 2024', 'entrada 22790 de la OFAC', 'VENEZUELA · ya en la lista el 4 ene 2019', 'entró en la lista entre el 4 ene 2019 y el 22 may 2021', 'Copiar cita']],
    ['PDVSA', 'pdvsa', ['Petróleos de Venezuela, S.A.', 'VENEZUELA-EO13850 · entró en la lista el 28 ene 2019 (dato recopilado por Sanctions Lens · comunicado del Tesoro de EE. UU.)', 'Inclusión en la lista SDN de la OFAC (VENEZUELA-EO13850)']],
    ['Manuel Ricardo Cristopher Figuera', 'cristopher-figuera', ['salió de la lista el 7 may 2019', 'Exclusión de la lista SDN de la OFAC (VENEZUELA)']],
    ['Maikel Moreno Pérez', 'moreno-perez', ['Motivo, tal como lo redacta la lista, en inglés: “Judge of the Criminal Appeal Chamber', 'anexo IV, n.º 5', 'Identificadores', 'Pasaporte 104063109 (Venezuela)', 'Cargos', 'según la lista SDN de la OFAC o la lista de Venezuela de la UE (Reglamento 2017/2063), en inglés']],
    ['Ramzan Kadyrov', 'kadyrov', ['La entrada 36459 de la lista SDN de la OFAC se fusionó con la entrada 23343 de la misma persona o entidad (no es una exclusión)']],
    ['Qasem Soleimani', 'soleimani', ['ref. ONU IRi.039', 'Alta de la entrada en la lista SDN de la OFAC; la fuente da los programas de la entrada en una fecha posterior (IRGC, SYRIA, IFSR, NPWMD, SDGT), sin fecha para cada uno']],
  ];

  for (const [name, file, facts] of cases) {
    it(`${name}'s card in Spanish`, async () => {
      const card = await hoverName(page, name);
      const text = await readCard(page, card, resolve(h.outputDir, `card-facts-${file}-es.png`));
      for (const fact of facts) expect(text).toContain(fact);
      expect(text).not.toMatch(/\b(listed|delisted|History|on the list by)\b|Sanctions(?! Lens)/);
      await closeCard(page, card);
    });
  }
});

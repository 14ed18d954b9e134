// Reading pages that change or hide their text: live updates, hydration, shadow roots, frames, editable regions.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, markedTexts, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

function allMarked(marks: Record<string, string[]>): string[] {
  return Object.values(marks).flat();
}

async function frameMarks(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl].map((r) => (r instanceof Range ? r.toString() : ''))));
}

describe('pages that change and hide their text', () => {
  it('a live blog that adds a paragraph every 100 ms gets the new names marked, and dropped ones unmarked', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/overlay-live.html`);
    await page.waitForFunction(() => document.body.dataset.done === 'true', undefined, { timeout: 15_000 });
    // 30 updates cycle through 5 lines, 4 of them with one name each; the 5 oldest are dropped.
    const expected = await page.evaluate(() => {
      const names = ['Nicolás Maduro', 'Mike Pence', 'Hugo Carvajal', 'Manuel Ricardo Cristopher Figuera'];
      return [...document.querySelectorAll('#feed p')].flatMap((p) => names.filter((n) => p.textContent?.includes(n))).length;
    });
    await expect.poll(async () => allMarked(await markedTexts(page)).length, { timeout: 5_000 }).toBe(expected);
    const marks = await markedTexts(page);
    expect(marks.sanctioned).toContain('Nicolás Maduro');
    expect(marks.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    // Every mark lies in the page: none points at a removed paragraph.
    expect(await page.evaluate(() => [...CSS.highlights.values()].every((hl) => [...hl].every((r) => r instanceof Range && r.startContainer.isConnected)))).toBe(true);
    await page.close();
  });

  it('a paragraph whose name is replaced after load gets the new name marked and the old one unmarked', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const swapText = document.createElement('p');
      swapText.id = 'swap-text';
      swapText.textContent = 'In Caracas, Hugo Carvajal spoke first.';
      const swapMarkup = document.createElement('p');
      swapMarkup.id = 'swap-markup';
      swapMarkup.innerHTML = 'Later, <b>Nicolás</b> Maduro answered.';
      article.append(swapText, swapMarkup);
    });
    await expect.poll(async () => (await markedTexts(page)).sanctioned.filter((t) => t === 'Hugo Carvajal').length).toBeGreaterThan(1);
    await page.evaluate(() => {
      document.querySelector('#swap-text')!.firstChild!.nodeValue = 'In Caracas, Mike Pence spoke first.';
      document.querySelector('#swap-markup')!.innerHTML = 'Later, <b>Juan</b> Guaidó answered, and <b>Mike</b> Pence too.';
    });
    const inSwapped = () =>
      page.evaluate(() =>
        [...CSS.highlights.values()].flatMap((hl) =>
          [...hl].flatMap((r) => (r instanceof Range && r.startContainer.isConnected && (r.startContainer.parentElement?.closest('#swap-text, #swap-markup') ?? null) ? [r.toString()] : [])),
        ),
      );
    // The end state as a whole, counted (arrayContaining is satisfied by one): the two paragraphs are rescanned one
    // after the other, and a rescan drops its old marks after adding the new ones.
    const count = async () => {
      const texts = await inSwapped();
      return { pence: texts.filter((t) => t === 'Mike Pence').length, carvajal: texts.filter((t) => t === 'Hugo Carvajal').length };
    };
    await expect.poll(count, { timeout: 10_000 }).toEqual({ pence: 2, carvajal: 0 });
    await page.close();
  });

  it('a name replaced while a long page is still being read is marked where it now is', async () => {
    const page = await h.context.newPage();
    await page.route('**/long-swap.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><article>
<p id="first">Nicolás Maduro spoke in Caracas.</p>
${Array.from({ length: 3000 }, (_, i) => `<p>Filler paragraph ${i} about the weather in a town far away, with nothing to mark.</p>`).join('\n')}
<p id="last">Later, Manuel Ricardo Cristopher Figuera answered.</p></article>
<script>document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  document.getElementById('first').textContent = 'Mike Pence spoke in Caracas.';
  document.getElementById('last').innerHTML = 'Later, <b>Hugo</b> Carvajal answered.';
}, 60));</script></body></html>`,
      }),
    );
    await page.goto(`${h.origin}/long-swap.html`);
    const marked = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl].flatMap((r) => (r instanceof Range && r.startContainer.isConnected ? [r.toString()] : []))));
    await expect.poll(marked, { timeout: 15_000 }).toEqual(expect.arrayContaining(['Mike Pence', 'Hugo Carvajal']));
    expect(await marked()).not.toContain('Nicolás Maduro');
    await page.close();
  });

  it('reads a paragraph of plain inline markup whole, white space between tags included, and keeps its marks when its text nodes are replaced', async () => {
    const page = await h.context.newPage();
    await page.route('**/whole-blocks.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blocks</title></head><body><article>
<p id="spaced"><b>Hugo</b> <b>Carvajal</b> spoke <em>first</em>.</p>
<div id="mixed">Before, Nicolás Maduro said <p>Mike Pence replied.</p> and then <span hidden>Juan Guaidó</span> nothing.</div>
<p id="same">Manuel Ricardo <i>Cristopher</i> Figuera left.</p>
</article></body></html>`,
      }),
    );
    await page.goto(`${h.origin}/whole-blocks.html`);
    const connected = () => page.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl].flatMap((r) => (r instanceof Range && r.startContainer.isConnected ? [r.toString()] : []))).sort());
    const expected = ['Hugo Carvajal', 'Manuel Ricardo Cristopher Figuera', 'Mike Pence', 'Nicolás Maduro'];
    await expect.poll(connected, { timeout: 10_000 }).toEqual(expected);
    // The page puts new text nodes with the same text in place (as a re-render does): the marks move onto them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('#same, #same i, #spaced b')) {
        const old = el.firstChild as Text;
        el.replaceChild(document.createTextNode(old.data), old);
      }
    });
    await page.waitForTimeout(400);
    await expect.poll(connected, { timeout: 10_000 }).toEqual(expected);
    // And the card still opens from the new nodes.
    const box = await page.evaluate(() => {
      const r = document.querySelector('#same i')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 2 });
    const card = page.locator('sanctions-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Cristopher Figuera');
    await page.close();
  });

  it('a page that hydrates and re-renders after load keeps its marks right and its DOM untouched', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/overlay-hydrate.html`);
    await page.waitForFunction(() => document.body.dataset.updated === 'true', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.dataset.hydrated)).toBe('ok');
    await expect.poll(async () => allMarked(await markedTexts(page)).sort(), { timeout: 5_000 }).toEqual(['Hugo Carvajal', 'John Bolton', 'Nicolás Maduro']);
    expect(await page.evaluate(() => [...CSS.highlights.values()].every((hl) => [...hl].every((r) => r instanceof Range && r.startContainer.isConnected)))).toBe(true);
    await page.close();
  });

  it('reads open shadow roots and same-origin frames, and leaves form fields and editable regions alone', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/overlay-nested.html`);
    await waitForMarks(page, 2);
    const before = await page.evaluate(() => ({
      field: (document.getElementById('field') as HTMLInputElement).value,
      area: (document.getElementById('area') as HTMLTextAreaElement).value,
      editable: document.getElementById('editable')!.innerHTML,
    }));
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect.poll(() => frameMarks(frame!), { timeout: 5_000 }).toEqual(expect.arrayContaining(['Hugo Carvajal', 'Mike Pence']));
    const marks = await markedTexts(page);
    expect(marks.sanctioned).toEqual(['Nicolás Maduro']);
    expect(marks.delisted).toEqual(['Manuel Ricardo Cristopher Figuera']);
    expect(allMarked(marks)).toHaveLength(2);
    // Typing into the editable region does not get it read.
    await page.click('#editable p');
    await page.keyboard.type(' and Mike Pence');
    // A name added to the page after the typing is read in the same or a later batch: once it is marked, the typed
    // text has been looked at too, and left alone.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later, Manuel Ricardo Cristopher Figuera spoke.' })));
    await expect.poll(async () => (await markedTexts(page)).delisted, { timeout: 5_000 }).toEqual(['Manuel Ricardo Cristopher Figuera', 'Manuel Ricardo Cristopher Figuera']);
    expect(allMarked(await markedTexts(page))).toHaveLength(3);
    const after = await page.evaluate(() => ({
      field: (document.getElementById('field') as HTMLInputElement).value,
      area: (document.getElementById('area') as HTMLTextAreaElement).value,
    }));
    expect(after).toEqual({ field: before.field, area: before.area });
    expect(before.editable).toBe('<p>Nicolás Maduro in an <b>editable</b> region</p>');
    await page.close();
  });
});

// Moves the pointer onto the first marked occurrence of a name, as a reader's mouse would (from a little above and
// left, in steps, so the card's hover intent fires). Shared by the end-to-end harness and the screenshot walk.
import type { Page } from 'playwright-core';

/** False when `text` is not marked on the page (with `status`, not marked with that status). */
export async function moveOntoMark(page: Page, text: string, status?: string): Promise<boolean> {
  const point = await page.evaluate(([wanted, highlight]) => {
    for (const [name, h] of CSS.highlights) {
      if (highlight && name !== highlight) continue;
      for (const r of h) {
        if (r instanceof Range && r.toString() === wanted) {
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  }, [text, status && `sanctions-lens-${status}`] as const);
  if (!point) return false;
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return true;
}

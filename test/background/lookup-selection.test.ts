// "Look up in Sanctions Lens" at the browser API boundary: the toolbar popup where the browser opens it, else a
// popup-sized window of the same page; either way the popup is set back to its plain page. (The toolbar path runs in
// Chromium in test/e2e/lookup-selection.e2e.ts; headless Chromium never refuses it, so the window path is tested here.)
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let openPopup: (() => Promise<void>) | undefined;
const action = {
  setPopup: vi.fn(async ({ popup }: { popup: string }) => void calls.push(`setPopup ${popup}`)),
  openPopup: vi.fn((...args: unknown[]) => {
    calls.push(`openPopup ${JSON.stringify(args[0] ?? null)}`);
    return openPopup!();
  }),
};
const browser = {
  action,
  runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
  windows: { create: vi.fn(async (opts: { url: string; type: string }) => void calls.push(`window ${opts.type} ${opts.url}`)) },
};
vi.mock('wxt/browser', () => ({ browser }));

const { lookUp } = await import('../../entrypoints/background/lookup-selection');

describe('look up a selection', () => {
  beforeEach(() => {
    calls.length = 0;
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('opens the toolbar popup on the query, then sets the popup back', async () => {
    openPopup = async () => undefined;
    expect(await lookUp(' Nicolás\n Maduro ', 7)).toBe('popup');
    expect(calls).toEqual(['setPopup popup.html?q=Nicol%C3%A1s+Maduro', 'openPopup {"windowId":7}', 'setPopup popup.html']);
  });

  it('opens a popup-sized window of the same page when the browser will not open the popup', async () => {
    openPopup = async () => {
      throw new Error('Could not find an active browser window.');
    };
    expect(await lookUp('Hugo Carvajal')).toBe('window');
    expect(calls).toEqual(['setPopup popup.html?q=Hugo+Carvajal', 'openPopup null', 'setPopup popup.html', 'window popup chrome-extension://id/popup.html?q=Hugo+Carvajal']);
  });

  it('opens nothing for a selection with no letter or digit', async () => {
    expect(await lookUp(' — ')).toBe('nothing');
    expect(await lookUp(undefined)).toBe('nothing');
    expect(calls).toEqual([]);
  });
});

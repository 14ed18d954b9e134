// The options page after a failed sync: the reason is said once, where the reader who pressed "Sync now" looks (under
// the button), not again in the dataset's "Last check" line and the history's newest line. Rendered with Preact into
// linkedom's document, the background answered by a fake.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { catalogGetMessage, translator, type Catalog, type Translate } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import type { Client, ToBackground } from '../../lib/protocol';
import type { SyncResult, SyncStatus } from '../../lib/sync/status';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

const failed: SyncResult = {
  outcome: 'failed',
  version: '2026-12-06T05.42.16Z-3a1fefc8',
  message: 'The extension may not reach the Dataset URL.',
  words: { code: 'failed', failure: 'permission', detail: '', previous: '2026-12-06' },
};

async function optionsAfterFailedSync(t: Translate): Promise<string> {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document, window, HTMLElement: window.HTMLElement, Node: window.Node });
  const history: SyncStatus['history'] = [];
  const answers: Partial<Record<keyof ToBackground, () => unknown>> = {
    datasetInfo: () => ({ manifest: { version: failed.version, created: '2026-12-06T05:42:16.767Z', sources: [] }, entityCount: 17402, lists: [] }),
    syncStatus: () => ({ settings: { url: 'https://mirror.example/dataset/manifest.json', intervalHours: 24 }, progress: null, history, nextCheckAt: null, heldOlder: null }) satisfies SyncStatus,
    managedSettings: () => ({}),
    syncNow: () => {
      history.unshift({ ...failed, at: '2026-12-07T01:30:00.000Z' });
      return failed;
    },
  };
  const background = ((type: keyof ToBackground) => {
    const answer = answers[type];
    return answer ? Promise.resolve(answer()) : new Promise(() => {});
  }) as Client<ToBackground>;
  const app = document.getElementById('app')!;
  render(h(Options, { background, requestOrigin: async () => true, requestHosts: async () => true, marks: { load: async () => DEFAULT_SETTINGS, update: async () => DEFAULT_SETTINGS }, t }), app);
  const settle = () => new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 10 && !app.textContent?.includes(t('options_syncNow')); i++) await settle();
  const button = [...app.querySelectorAll('button')].find((b) => b.textContent === t('options_syncNow'))!;
  button.dispatchEvent(new window.Event('click', { bubbles: true }));
  for (let i = 0; i < 10; i++) await settle();
  const text = app.textContent ?? '';
  render(null, app);
  return text;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the options page after a failed sync', () => {
  it('says the reason once, and "Failed" in the dataset and the history', async () => {
    const text = await optionsAfterFailedSync(english);
    const reason = english('syncFailure_permission');
    expect(count(text, reason)).toBe(1);
    expect(text).toContain(`${english('options_lastCheck')}`);
    expect(count(text, english('history_failed'))).toBeGreaterThanOrEqual(2);
  });

  it('in Spanish too', async () => {
    const text = await optionsAfterFailedSync(es);
    expect(count(text, es('syncFailure_permission'))).toBe(1);
  });
});

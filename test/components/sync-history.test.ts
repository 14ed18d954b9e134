// The options page's "Last syncs": a publishers' check with one failed source among several is not "Failed" as a
// whole; its outcome says which source failed, in the reader's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { HeldMirror } from '../../components/HeldMirror';
import { historyHeading, SyncHistory } from '../../components/SyncHistory';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import type { SyncHistoryEntry } from '../../lib/sync/status';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

const entry = (outcome: SyncHistoryEntry['outcome'], installed: boolean, failed: ('uk' | 'eu')[]): SyncHistoryEntry => ({
  at: '2026-12-06T06:00:00.000Z',
  outcome,
  version: null,
  message: '',
  words: { code: 'publishers', installed, held: false, failed },
});

describe('sync history', () => {
  it('says a reason once: a line whose reason is the newer line\'s says "the same as above"', () => {
    const failed = (at: string): SyncHistoryEntry => ({ at, outcome: 'failed', version: null, message: 'x', words: { code: 'failed', failure: 'permission', detail: '', previous: '2026-12-06' } });
    const entries = [failed('2026-12-07T01:40:00.000Z'), failed('2026-12-07T01:39:00.000Z'), entry('up-to-date', false, [])];
    const reason = english('syncFailure_permission');
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ');
    expect(text(renderToString(h(SyncHistory, { entries, t: english }))).split(reason).length - 1).toBe(1);
    expect(text(renderToString(h(SyncHistory, { entries, t: english }))).split(english('history_sameAsAbove')).length - 1).toBe(1);
    // The newest said above the history (the result of "Sync now"): no line repeats it.
    expect(text(renderToString(h(SyncHistory, { entries, reasonAbove: true, t: es }))).split(es('syncFailure_permission')).length - 1).toBe(0);
    expect(text(renderToString(h(SyncHistory, { entries, reasonAbove: true, t: es }))).split(es('history_sameAsAbove')).length - 1).toBe(1);
  });

  it('names the failed source beside the outcome when the others were checked', () => {
    expect(historyHeading(entry('up-to-date', false, ['uk']), english)).toBe('Up to date; UK Sanctions List failed');
    expect(historyHeading(entry('installed', true, ['uk', 'eu']), english)).toBe('Installed; UK Sanctions List, EU Financial Sanctions Files failed');
    expect(renderToString(h(SyncHistory, { entries: [entry('up-to-date', false, ['uk'])], t: english }))).toContain('<strong>Up to date; UK Sanctions List failed</strong>');
  });

  it('says Failed only when the check failed as a whole, and plain outcomes as before', () => {
    expect(historyHeading(entry('failed', false, ['uk', 'eu']), english)).toBe('Failed');
    expect(historyHeading(entry('up-to-date', false, []), english)).toBe('Up to date');
    expect(historyHeading({ outcome: 'failed', words: { code: 'not-allowed' } }, english)).toBe('Failed');
  });

  it('words it in Spanish', () => {
    expect(historyHeading(entry('up-to-date', false, ['uk']), es)).toBe('Al día; con fallos: Lista de sanciones del Reino Unido');
    expect(historyHeading(entry('installed', true, ['uk']), es)).toBe('Instalado; con fallos: Lista de sanciones del Reino Unido');
  });

  it('says the version that stayed in use after a failed check, never as if that version had failed', () => {
    const failed: SyncHistoryEntry = { at: '2026-12-07T01:02:00.000Z', outcome: 'failed', version: 'v7', message: '', words: { code: 'not-allowed' } };
    const en = renderToString(h(SyncHistory, { entries: [failed], t: english }));
    expect(en).toContain('<strong>Failed</strong><span class="sl-small"> (still in use: version v7)</span>');
    expect(en).not.toContain('(version v7)');
    expect(renderToString(h(SyncHistory, { entries: [failed], t: es }))).toContain('(sigue en uso: versión v7)');
    // An installed one names the version it installed.
    expect(renderToString(h(SyncHistory, { entries: [{ ...failed, outcome: 'installed' }], t: english }))).toContain('(version v7)');
  });

  it('says a mirror’s held dataset in words, with "Install it anyway", in Spanish too', () => {
    const held = { version: 'v1', lists: [{ list: 'us-ofac-sdn', asOf: '2019-01-04', inUse: '2024-07-02' }] };
    const html = renderToString(h(HeldMirror, { held, install: () => undefined, busy: false, t: english }));
    expect(html).toContain("In the mirror's dataset the OFAC SDN list is of 4 Jan 2019, older than the one in use (2 Jul 2024): not installed.");
    expect(html).toContain('>Install it anyway</button>');
    const spanish = renderToString(h(HeldMirror, { held, install: () => undefined, busy: false, t: es }));
    expect(spanish).toContain('la lista SDN de la OFAC es del');
    expect(spanish).not.toContain('Install it anyway');
    expect(historyHeading({ outcome: 'held', words: { code: 'mirror-older', lists: held.lists } }, es)).toBe('Retenido');
  });
});

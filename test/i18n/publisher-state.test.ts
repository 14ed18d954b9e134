// A publisher source's line on the options page, in English and Spanish, from the state's structured fields.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { formatMoment, sourceWords } from '../../lib/i18n/publisher-state';
import { initialSourceState, type SourceState } from '../../lib/sync/publishers/status';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));
const now = Date.parse('2026-12-06T09:30:00Z');
const moment = { now, timeZone: 'UTC' };
const state = (over: Partial<SourceState & { enabled: boolean }>, id: SourceState['id'] = 'ofac-sdn') => ({ ...initialSourceState(id), enabled: true, ...over });

describe('a source line', () => {
  it("says a mirror's list is in use by its date, not the shipped one", () => {
    const s = state({ outcome: 'unchanged', lastCheckAt: '2026-12-06T06:02:00Z', inUse: { from: 'installed', publishedAt: '2026-02-27T00:00:09.554Z' } }, 'un');
    expect(sourceWords(s, english, moment).state).toBe('the list of 27 Feb 2026 is in use, checked today 06:02');
    expect(sourceWords(s, es, moment).state).toBe('se usa la lista del 27 feb 2026, comprobada hoy a las 06:02');
    const undated = { ...s, inUse: { from: 'installed' as const, publishedAt: null } };
    expect(sourceWords(undated, english, moment).state).toBe('the list already installed is in use, checked today 06:02');
    expect(sourceWords(undated, es, moment).state).toBe('se usa la lista ya instalada, comprobada hoy a las 06:02');
    expect(sourceWords({ ...s, outcome: 'failed', message: 'HTTP 500' }, english, moment).state).toBe('the server failed (HTTP 500); the list of 27 Feb 2026 is in use');
    expect(sourceWords({ ...s, inUse: { from: 'shipped', publishedAt: '2026-02-27T00:00:09.554Z' } }, english, moment).state).toBe('the list shipped with the extension is in use, checked today 06:02');
  });

  it('names the list in use and when it was checked', () => {
    const s = state({ outcome: 'installed', publishedAt: '2026-12-03', lastCheckAt: '2026-12-06T06:02:00Z', entries: 12_345 });
    expect(sourceWords(s, english, moment)).toEqual({ label: 'OFAC SDN list', state: 'list of 3 Dec 2026, checked today 06:02, 12,345 entries' });
    expect(sourceWords(s, es, moment)).toEqual({ label: 'Lista SDN de la OFAC', state: 'lista del 3 dic 2026, comprobada hoy a las 06:02, 12.345 entradas' });
  });

  it('says the publisher served a list older than the one in use, which stays', () => {
    const s = state({ outcome: 'older', publishedAt: null, older: { publishedAt: '2019-01-04T00:00:00.000Z', inUse: '2024-07-02T08:24Z' }, lastCheckAt: '2026-12-06T06:02:00Z' });
    expect(sourceWords(s, english, moment).state).toBe('the publisher served the list of 4 Jan 2019, older than the one in use, so it was not installed; the list shipped with the extension is in use; checked today 06:02');
    expect(sourceWords({ ...s, publishedAt: '2021-05-22T00:00:00.000Z' }, es, moment).state).toBe(
      'el editor sirvió la lista del 4 ene 2019, anterior a la que se usa, así que no se instaló; se usa la lista del 22 may 2021; comprobada hoy a las 06:02',
    );
  });

  it('says a check of another day with its day', () => {
    expect(formatMoment('2026-12-04T23:10:00Z', english, moment)).toBe('4 Dec 2026 at 23:10');
    expect(formatMoment('2026-12-04T23:10:00Z', es, moment)).toBe('el 4 dic 2026 a las 23:10');
  });

  it('tells a failure from its HTTP status, the list still in use and the next try', () => {
    const s = state(
      {
        outcome: 'failed',
        publishedAt: '2026-11-28',
        lastCheckAt: '2026-12-06T06:02:00Z',
        nextTryAt: '2026-12-06T07:00:00Z',
        message: 'EU Financial Sanctions Files: The server failed (HTTP 500); the list of 28 Nov 2026 is in use; next try 2026-12-06 07:00 UTC.',
      },
      'eu',
    );
    expect(sourceWords(s, english, moment).state).toBe('the server failed (HTTP 500); the list of 28 Nov 2026 is in use; next try today 07:00');
    expect(sourceWords(s, es, moment)).toEqual({ label: 'Archivos de sanciones financieras de la UE', state: 'el servidor falló (HTTP 500); se usa la lista del 28 nov 2026; próximo intento hoy a las 07:00' });
    expect(sourceWords({ ...s, message: 'EU: the connection was refused' }, english, moment).state).toMatch(/^the last check failed; /);
  });

  it('says why a publication is held back', () => {
    const s = state({ outcome: 'held', publishedAt: '2026-12-01', held: { installed: 12_000, removed: 9_000, publishedAt: '2026-12-05', sha256: 'x' } });
    expect(sourceWords(s, english, moment).state).toBe(
      'the publication of 5 Dec 2026 would remove 9,000 of 12,000 entries at once, so it is held back until the next check confirms it; the list of 1 Dec 2026 is in use',
    );
    expect(sourceWords(s, es, moment).state).toContain('quitaría de golpe 9000 de 12.000 entradas');
  });

  it('says the shipped list is in use before the first check, and when a source is off', () => {
    expect(sourceWords(state({}, 'un'), english, moment).state).toBe('not checked yet; the list shipped with the extension is in use');
    expect(sourceWords(state({ enabled: false }, 'uk'), es, moment)).toEqual({ label: 'Lista de sanciones del Reino Unido', state: 'desactivada; se usa la lista que viene con la extensión' });
  });
});

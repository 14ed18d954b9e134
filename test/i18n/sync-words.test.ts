// A sync's result line on the options page and in its history, in English and Spanish, from the engine's
// structured result (lib/sync/status.ts SyncWords).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { syncWords } from '../../lib/i18n/sync-words';
import { readerWords } from '../../lib/sync/status';

const catalog = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalog;
const es = translator(catalogGetMessage(catalog('es')));

describe('a sync result in words', () => {
  it('says what was installed, with the date and count in the reader’s language', () => {
    const full = { code: 'installed', date: '2026-12-06', count: 17_785, updates: 0 } as const;
    expect(syncWords(full, english)).toBe('Installed the dataset of 6 Dec 2026 (17,785 entries) from the full dataset.');
    expect(syncWords(full, es)).toBe('Se instalaron los datos del 6 dic 2026 (17.785 entradas) a partir del archivo completo.');
    expect(syncWords({ ...full, updates: 1 }, es)).toContain('a partir de 1 actualización.');
    expect(syncWords({ ...full, updates: 3 }, es)).toContain('a partir de 3 actualizaciones.');
  });

  it('says why a sync failed and which dataset stays, keeping only the technical detail as the engine wrote it', () => {
    const failed = readerWords('server', '2024-07-02', 'HTTP 503');
    expect(syncWords(failed, english)).toBe('The dataset server had an error (HTTP 503); the previous dataset (2 Jul 2024) is still in use.');
    expect(syncWords(failed, es)).toBe('El servidor de los datos tuvo un error (detalle técnico: HTTP 503); se siguen usando los datos anteriores (2 jul 2024).');
    // A detail that is only for the console is not shown.
    expect(syncWords(readerWords('offline', null, 'https://example.org/manifest.json: Failed to fetch'), es)).toBe('No se pudo contactar con el servidor de los datos; aún no hay datos instalados.');
    expect(syncWords({ code: 'shipped-not-installed', reason: readerWords('storage-full', null) }, es)).toBe('No se pudieron instalar los datos incluidos con esta versión de la extensión. El almacenamiento del navegador está lleno; aún no hay datos instalados.');
  });

  it('words the publishers’ history line with the failed lists by name', () => {
    expect(syncWords({ code: 'publishers', installed: true, held: false, failed: ['uk'] }, es)).toBe('Actualizaciones de los editores: se instalaron listas nuevas. Con fallos: Lista de sanciones del Reino Unido.');
  });

  it('words a mirror’s dataset held back for an older list, with both dates', () => {
    const words = { code: 'mirror-older' as const, lists: [{ list: 'us-ofac-sdn', asOf: '2019-01-04', inUse: '2024-07-02' }] };
    expect(syncWords(words, english)).toBe("In the mirror's dataset the OFAC SDN list is of 4 Jan 2019, older than the one in use (2 Jul 2024): not installed.");
    expect(syncWords(words, es)).toMatch(/^En los datos del espejo, la lista SDN de la OFAC es del 4 .*2019, anterior a la que está en uso \(2 .*2024\): no se instalaron\.$/);
  });

  it('has every line in Spanish', () => {
    const en = catalog('en');
    const spanish = catalog('es');
    const keys = Object.keys(en).filter((k) => k.startsWith('syncWords_') || k.startsWith('syncFailure_'));
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      expect(spanish[key]?.message, key).toBeTruthy();
      if (!/^\$\w+\$ \(\$\w+\$\)$/.test(en[key].message)) expect(spanish[key].message, key).not.toBe(en[key].message);
    }
  });
});

// The popup's text in English and Spanish: the same keys and placeholders in both, and the popup shown in Spanish.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { MarksSwitches, type MarkSettings } from '../../components/MarksSwitches';
import { Popup } from '../../components/Popup';
import { SearchResults } from '../../components/SearchResults';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import type { Client, ToBackground } from '../../lib/protocol';

const catalog = (lang: string): Catalog => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalog;
const en = catalog('en');
const es = catalog('es');

describe('locale files', () => {
  it('have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders for each key, and a message for each', () => {
    for (const key of Object.keys(en)) {
      expect(Object.keys(es[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
      expect(es[key].message.trim(), key).not.toBe('');
      for (const name of Object.keys(en[key].placeholders ?? {})) expect(es[key].message.toLowerCase(), key).toContain(`$${name}$`);
    }
  });

  it('resolve placeholders the way the browser does', () => {
    const t = translator(catalogGetMessage(es));
    expect(t('noResults', 'maduro')).toBe('Nadie en los datos coincide con «maduro».');
    expect(t('resultsShown', 50, '1.204')).toBe('Los 50 mejores de 1.204 encontrados');
  });
});

describe('the popup in Spanish', () => {
  const t = translator(catalogGetMessage(es));
  const background = (() => new Promise(() => {})) as unknown as Client<ToBackground>;
  /** Never settles: the popup's first render, before any answer. */
  const pending = <T>() => new Promise<T>(() => {});
  const marks = (site: string | null): MarkSettings => ({ site, load: pending, setEverywhere: async () => {}, setSiteEnabled: async () => {} });

  it('labels the search, the page section and the switches in Spanish', () => {
    const html = renderToString(
      h(Popup, {
        background,
        pageMentions: pending,
        marks: marks('example.org'),
        t,
        locale: 'es',
      }),
    );
    expect(html).toContain('>Buscar</label>');
    expect(html).toContain('placeholder="Nombre o alias, en cualquier orden"');
    expect(html).toContain('En esta página');
    expect(html).toContain('Cargando los datos…');
    expect(html).not.toMatch(/>Search<|On this page|Loading the dataset/);
  });

  it('shows results with Spanish badges and kinds', () => {
    const html = renderToString(
      h(SearchResults, {
        hits: [{ id: 'ofac-39256', name: 'HEIDARI, Kiyumars', kind: 'person', status: 'sanctioned', countries: ['Iran'], match: 'fuzzy', matchedName: 'HEYDARI, Kioumars' }],
        active: 0,
        onOpen: () => {},
        t,
      }),
    );
    expect(html).toContain('Sancionado');
    expect(html).toContain('Persona · Iran');
    expect(html).toContain('coincide con «HEYDARI, Kioumars» · grafía parecida');
    expect(html).toContain('aria-label="Resultados de la búsqueda"');
  });

  it('shows nothing of the switches until the settings are read', () => {
    const html = renderToString(h(MarksSwitches, { settings: marks(null), t }));
    expect(html).toBe('');
  });
});

// The interface's text in English and Spanish: the same keys and placeholders in both; the popup and the card shown in
// Spanish.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { MarksSwitches, type MarkSettings } from '../../components/MarksSwitches';
import { Popup } from '../../components/Popup';
import { SearchResults } from '../../components/SearchResults';
import type { Entity } from '../../lib/dataset/format';
import { catalogGetMessage, translator, type Catalog, type Translate } from '../../lib/i18n';
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

  it("name each status in the options' mark settings with the words of its badge on the cards", () => {
    // "Excluido de la lista" beside a card's "Sanción levantada" made a reader ask whether they were two states.
    const statuses = [['marks_sanctioned', 'status_sanctioned'], ['marks_delisted', 'status_delisted'], ['marks_notSanctioned', 'status_not_sanctioned'], ['marks_possible', 'status_possible']];
    for (const catalog_ of [en, es]) {
      for (const [mark, badge] of statuses) {
        const words = catalog_[badge].message.split(/[,(]/)[0].trim();
        expect(catalog_[mark].message, `${mark} in ${catalog_ === en ? 'en' : 'es'}`).toMatch(new RegExp(`^${words}\\b`, 'i'));
      }
    }
  });

  it('resolve placeholders the way the browser does', () => {
    const t = translator(catalogGetMessage(es));
    expect(t('noResults', 'maduro')).toBe('Nadie en los datos coincide con «maduro».');
    expect(t('noResultsNotCleared')).toMatch(/^Eso no prueba que esta persona o entidad no tenga sanciones/);
    expect(t('resultsShown', 50, '1.204')).toBe('Los 50 mejores de 1.204 encontrados');
  });
});

describe('the popup in Spanish', () => {
  const t = translator(catalogGetMessage(es));
  const background = (() => new Promise(() => {})) as unknown as Client<ToBackground>;
  /** Never settles: the popup's first render, before any answer. */
  const pending = <T>() => new Promise<T>(() => {});
  const marks = (site: string | null): MarkSettings => ({ site, load: pending, setEverywhere: async () => {}, setSiteEnabled: async () => {}, markAgain: async () => {} });

  it('labels the search, the page section and the switches in Spanish', () => {
    const html = renderToString(
      h(Popup, {
        background,
        pageMentions: pending,
        marks: marks('example.org'),
        t,
        locale: 'es',
        requestHosts: async () => false,
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
    // Words that agree with a person, an organisation or a vessel alike.
    expect(html).toContain('Con sanciones');
    // The list's "Iran" is named in the reader's language.
    expect(html).toContain('Persona · Irán');
    expect(html).toContain('coincide con «HEYDARI, Kioumars» · grafía parecida');
    expect(html).toContain('aria-label="Resultados de la búsqueda"');
  });

  it('shows nothing of the switches until the settings are read', () => {
    const html = renderToString(h(MarksSwitches, { settings: marks(null), t }));
    expect(html).toBe('');
  });
});

describe('the card in Spanish and in English', () => {
  const figuera: Entity = {
    id: 'ofac-25782', kind: 'person', name: 'CRISTOPHER FIGUERA, Manuel Ricardo',
    names: [{ name: 'CRISTOPHER FIGUERA, Manuel Ricardo', type: 'primary' }, ...['A', 'B', 'C', 'D', 'E', 'F'].map((x) => ({ name: `ALIAS ${x}`, type: 'aka' as const }))],
    birthDates: ['1963-11-25'], birthPlaces: ['Venezuela'], nationalities: ['Venezuela'], countries: ['Venezuela'], positions: [], identifiers: [],
    sources: [{ list: 'us-ofac-sdn', ref: '25782' }],
    sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'delisted', listed: '2019-02-15', delisted: '2019-05-07', sourceUrl: 'https://ofac.treasury.gov/' }],
    events: [{ date: '2021-12-02', after: '2021-11-23', precision: 'between', type: 'amended', authority: 'US OFAC', summary: 'Record amended' }],
  };
  const card = (t?: Translate) => renderToString(h(EntityCard, { entity: figuera, pageText: 'Cristopher Figuera', alternatives: [], lists: [{ list: 'us-ofac-sdn', asOf: '2024-07-02' }, { list: 'un-sc-consolidated', asOf: '2026-02-27' }], t }));

  it('says which lists were checked, with their dates, on a card with no sanction', () => {
    const pence: Entity = { ...figuera, id: 'pence', name: 'Mike Pence', sanctions: [], sources: [], events: [] };
    const lists = [{ list: 'us-ofac-sdn', asOf: '2024-07-02' }, { list: 'un-sc-consolidated', asOf: '2026-02-27' }];
    // On a day neither list is more than 30 days old (the card says when one is: test/components/entity-card.test.ts).
    const now = Date.parse('2024-07-20');
    expect(renderToString(h(EntityCard, { entity: pence, alternatives: [], lists, now }))).toContain('Lists checked: OFAC SDN list (2 Jul 2024), UN Security Council list (27 Feb 2026)');
    expect(renderToString(h(EntityCard, { entity: pence, alternatives: [], lists, now, t: translator(catalogGetMessage(es)) }))).toContain('Listas consultadas: Lista SDN de la OFAC (2 jul 2024), Lista del Consejo de Seguridad de la ONU (27 feb 2026)');
  });

  it('is in Spanish with a Spanish translator: labels, badge, dates', () => {
    const html = card(translator(catalogGetMessage(es)));
    for (const text of ['Persona', 'Sanción levantada', 'Sanciones', 'entró en la lista el 15 feb 2019', 'salió de la lista el 7 may 2019', 'Nacimiento', '25 nov 1963 en Venezuela', 'Nacionalidad', 'También conocido como:', '2 más', 'Historial', 'entre el 23 nov 2021 y el 2 dic 2021', 'Lista SDN de la OFAC al 2 jul 2024', 'En esta página: «Cristopher Figuera»', '>OFAC<']) {
      expect(html).toContain(text);
    }
    expect(html).not.toMatch(/Sanctions|listed 15|Born|History|Dataset of/);
  });

  it('keeps its English words and date form without one', () => {
    const html = card();
    for (const text of ['Person', 'Delisted', 'listed 15 Feb 2019', 'delisted 7 May 2019', '25 Nov 1963 in Venezuela', 'Also known as:', '2 more', 'between 23 Nov 2021 and 2 Dec 2021', 'OFAC SDN list as of 2 Jul 2024', 'On this page: “Cristopher Figuera”']) {
      expect(html).toContain(text);
    }
  });
});

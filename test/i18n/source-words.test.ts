// The options page's list of sources in the reader's language: the dataset manifest's English text worded through the
// catalog by its meaning (lib/i18n/source-words.ts), its dates and numbers through Intl, and a text it does not know
// shown quoted as the source wrote it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../lib/dataset/format';
import { SDN_NAMES_SOURCE } from '../../lib/dataset/ofac-sdn-names';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { sourceName, sourcePublisher, sourceSnapshot, sourceWords } from '../../lib/i18n/source-words';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';

const root = resolve(import.meta.dirname, '../..');
const catalog = (lang: string) => JSON.parse(readFileSync(resolve(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Catalog;
const es = translator(catalogGetMessage(catalog('es')));
const manifest = JSON.parse(readFileSync(resolve(root, 'public/dataset/manifest.json'), 'utf8')) as DatasetManifest;
const QUOTED = /«|“/;

describe('the sources of a dataset, in Spanish', () => {
  it('words every source of the shipped dataset, with nothing left in English or quoted', () => {
    expect(manifest.sources.length).toBeGreaterThan(5);
    for (const s of manifest.sources) {
      const words = Object.values(sourceWords(s, es)).join(' | ');
      expect(words, s.name).not.toMatch(QUOTED);
      for (const english of ['Public domain', 'copy of that day', 'Department of the Treasury', 'Consolidated List', 'aliases and addresses', 'licence', 'records']) {
        expect(words, s.name).not.toContain(english);
      }
    }
  });

  it('words the sources the publishers’ sync writes and the builder’s other sources', () => {
    for (const p of Object.values(PUBLISHER_SOURCES)) {
      const words = Object.values(sourceWords({ name: p.label, publisher: p.publisher, snapshot: '2026-12-01T06:00:00Z', licence: p.licence, url: p.homepage }, es)).join(' | ');
      expect(words, p.label).not.toMatch(QUOTED);
    }
    expect(sourceName(SDN_NAMES_SOURCE, es)).toBe('Nombres de la lista SDN de la OFAC de septiembre–octubre de 2025, derivados por terceros (keithrozario/sanctions-checker); solo nombres');
    expect(sourcePublisher('Global Affairs Canada', es)).toBe('Asuntos Mundiales Canadá');
    expect(sourceSnapshot('2025-03-20 (newest listing day; copy of 2025-05-25)', es)).toBe('20 mar 2025 (día de la inclusión más reciente; copia del 25 may 2025)');
    expect(sourceSnapshot('2025-09/10 (by content between 2025-08-20 and 2025-10-22)', es)).toBe('septiembre de 2025 – octubre de 2025 (por su contenido, entre el 20 ago 2025 y el 22 oct 2025)');
  });

  it('gives dates and numbers in Spanish form, and file names and third parties as written', () => {
    const cons = manifest.sources.find((s) => s.name.startsWith('OFAC Consolidated'))!;
    expect(sourceWords(cons, es)).toEqual({
      name: 'Lista Consolidada de Sanciones (no SDN) de la OFAC (cons_prim.csv, cons_alt.csv, cons_add.csv)',
      publisher: 'Departamento del Tesoro de EE. UU., Oficina de Control de Activos Extranjeros',
      snapshot: '19 dic 2025 (copia de ese día: la publicación no es posterior)',
      licence: 'dominio público (obra del Gobierno de EE. UU.)',
    });
    const log = manifest.sources.find((s) => s.name.includes('change log'))!;
    expect(sourceName(log.name, es)).toMatch(/^Registro de cambios del sdn\.csv de la OFAC entre 341 copias recogidas \(10\.259 cambios;/);
    expect(sourcePublisher(log.publisher, es)).toBe('Departamento del Tesoro de EE. UU., Oficina de Control de Activos Extranjeros (copias recogidas: markschaver/SDN, jackdwyer/specially-designated-nationals-list)');
    expect(sourceSnapshot(log.snapshot, es)).toBe('22 may 2021 – 2 jul 2024');
  });

  it('keeps the English text in English', () => {
    for (const s of manifest.sources) {
      const words = sourceWords(s, english);
      expect(Object.values(words).join(' | '), s.name).not.toMatch(QUOTED);
    }
    const names = manifest.sources.map((s) => s.name);
    expect(names.map((n) => sourceName(n, english)).filter((n) => names.includes(n)).length).toBeGreaterThanOrEqual(names.length - 3);
    expect(sourceName(names.find((n) => n.startsWith('EU Venezuela'))!, english)).toContain('(consolidated 17 Dec 2025)');
  });

  it('quotes, and labels as the source’s own words, a text it does not know', () => {
    const mirror = { name: 'Lista propia del espejo', publisher: 'Example Mirror Ltd', snapshot: 'last Tuesday', licence: 'All rights reserved', url: 'https://mirror.example/' };
    expect(sourceWords(mirror, es)).toEqual({
      name: '«Lista propia del espejo» (tal como lo indica la fuente)',
      publisher: '«Example Mirror Ltd» (tal como lo indica la fuente)',
      snapshot: '«last Tuesday» (tal como lo indica la fuente)',
      licence: '«All rights reserved» (tal como lo indica la fuente)',
    });
    expect(sourceWords(mirror, english).licence).toBe('“All rights reserved” (as the source states it)');
  });
});

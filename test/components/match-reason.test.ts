// "Why this match?" on a card, in English and Spanish: the name that matched, the evidence, why only possible and
// what would confirm it, and what tells namesakes apart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { MatchReason } from '../../components/MatchReason';
import type { Entity, EntitySummary } from '../../lib/dataset/format';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { MATCH_REASONS } from '../../lib/match/mention';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

const quirarte: Entity = {
  id: 'ofac-7221', kind: 'person', name: 'GONZALEZ QUIRARTE, Eduardo',
  names: [{ name: 'GONZALEZ QUIRARTE, Eduardo', type: 'primary' }, { name: 'GONZALEZ QUIRARTE, Jose', type: 'aka' }],
  birthDates: ['1951-06-18'], birthPlaces: [], nationalities: ['Mexico'], countries: [], positions: [], identifiers: [], sources: [], sanctions: [], events: [],
};
const penuelas: EntitySummary = { id: 'ofac-23124', name: 'GONZALEZ PENUELAS, Ignacio', kind: 'person', status: 'sanctioned', countries: [], apart: { birthDates: ['1970'], nationalities: ['Mexico'] } };

// Inline spans (a list's words, marked lang="en") join their sentence; other tags part words.
const text = (html: string) => html.replace(/<\/?span[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('why this match', () => {
  it('on a possible card: the alias that matched, why only possible, what would confirm it, and the namesakes', () => {
    const html = text(renderToString(h(MatchReason, { entity: quirarte, mention: { text: 'Jose Gonzalez', status: 'possible', possibleBecause: 'common-name', reasons: ['sports-page'] }, alternatives: [penuelas] })));
    expect(html).toContain('“Jose Gonzalez” on this page matches GONZALEZ QUIRARTE, Jose, another name the list gives this entry.');
    expect(html).toContain('this page reads like a sports report');
    expect(html).toContain('What would confirm it: the full listed name');
    expect(html).toContain('GONZALEZ QUIRARTE, Eduardo : b. 1951 · Mexico');
    expect(html).toContain('GONZALEZ PENUELAS, Ignacio : b. 1970 · Mexico');
  });

  it('a rare name other entries carry too, or a surname alone that relatives share: never that it points to one entry on its own', () => {
    const maduro: Entity = { ...quirarte, id: 'ofac-22790', name: 'MADURO MOROS, Nicolas', names: [{ name: 'MADURO MOROS, Nicolas', type: 'primary' }] };
    const son: EntitySummary = { id: 'ofac-26946', name: 'MADURO GUERRA, Nicolas Ernesto', kind: 'person', status: 'sanctioned', countries: ['Venezuela'] };
    const full = (t = english) => text(renderToString(h(MatchReason, { entity: maduro, mention: { text: 'Nicolás Maduro', status: 'sanctioned', reasons: ['closest-name'] }, alternatives: [son], t })));
    expect(full()).toContain('other entries carry these words too: of them, this one fits the words and the page best.');
    expect(full()).not.toContain('on its own');
    expect(full(es)).toContain('otras entradas también llevan estas palabras: de ellas, esta es la que mejor encaja con las palabras y la página.');
    const bare = (t = english) => text(renderToString(h(MatchReason, { entity: maduro, mention: { text: 'Maduro', status: 'sanctioned', reasons: ['head-of-state-surname', 'sanctions-story', 'country'] }, alternatives: [], t })));
    expect(bare()).toContain('Other listed people carry this surname too; written alone, it is taken to mean the one among them listed as a head of state.');
    expect(bare()).not.toContain('on its own');
    expect(bare(es)).toContain('Otras personas de las listas también llevan este apellido; escrito solo, se entiende que es la que figura como jefe de Estado.');
  });

  it('a misspelt name: says the page misspells the listed name, in English and Spanish', () => {
    const mention = { text: 'Eduardo Gonzales Quirarte', status: 'sanctioned' as const, reasons: ['near-spelling' as const, 'sanctions-story' as const] };
    expect(text(renderToString(h(MatchReason, { entity: quirarte, mention, alternatives: [] })))).toContain('a letter off in a word, or one more middle name.');
    expect(text(renderToString(h(MatchReason, { entity: quirarte, mention, alternatives: [], t: es })))).toContain('una letra distinta en una palabra, o un nombre intermedio más.');
  });

  it('on a confirmed card: the listed name and each piece of evidence, nothing about being possible', () => {
    const html = text(renderToString(h(MatchReason, { entity: { ...quirarte, positions: ['Lieutenant of the Guadalajara Cartel'] }, mention: { text: 'Eduardo Gonzalez Quirarte', status: 'sanctioned', reasons: ['title', 'sanctions-near'] }, alternatives: [] })));
    expect(html).toContain('matches the listed name GONZALEZ QUIRARTE, Eduardo.');
    expect(html).toContain('A title beside the name fits the listed role: Lieutenant of the Guadalajara Cartel.');
    expect(html).toContain('Words about sanctions appear near the name.');
    expect(html).not.toContain('Only possible');
    expect(html).not.toContain('tells them apart');
  });

  it('a title beside the name of someone the list gives no position: says so, never that it fits a listed role', () => {
    const mention = { text: 'Eduardo Gonzalez Quirarte', status: 'sanctioned' as const, reasons: ['title' as const] };
    const en = text(renderToString(h(MatchReason, { entity: quirarte, mention, alternatives: [] })));
    expect(en).toContain("A high office's title stands beside the name; the list gives no position to compare it with.");
    expect(en).not.toContain('fits the listed role');
    const sp = text(renderToString(h(MatchReason, { entity: quirarte, mention, alternatives: [], t: es })));
    expect(sp).toContain('la lista no da ningún cargo con el que compararlo');
  });

  it("in Spanish, a list's role is its English words, marked and labelled; a curated role is worded in Spanish", () => {
    const listed = { ...quirarte, sources: [{ list: 'us-ofac-sdn', ref: '7221' }], positions: ['Lieutenant of the Guadalajara Cartel'] };
    const mention = { text: 'Eduardo Gonzalez Quirarte', status: 'sanctioned' as const, reasons: ['title' as const] };
    const html = renderToString(h(MatchReason, { entity: listed, mention, alternatives: [], t: es }));
    expect(text(html)).toContain('Un cargo junto al nombre encaja con el que figura en la lista: “Lieutenant of the Guadalajara Cartel” (en inglés).');
    expect(html).toContain('<span lang="en">“Lieutenant of the Guadalajara Cartel”</span>');
    const figuera: Entity = {
      ...quirarte, id: 'curated-cristopher-figuera', sources: [{ list: 'sanctions-lens-curated', ref: 'curated-cristopher-figuera' }],
      positions: ['Former Director General of the Bolivarian National Intelligence Service (SEBIN)'],
      facts: [{ type: 'role', office: 'sebinDirectorGeneral', former: true, sourceUrl: 'https://home.treasury.gov/news/press-releases/sm685' }],
    };
    const curated = text(renderToString(h(MatchReason, { entity: figuera, mention, alternatives: [], t: es })));
    expect(curated).toContain('Un cargo junto al nombre encaja con el que le dan nuestros datos recopilados: ex director general del Servicio Bolivariano de Inteligencia Nacional (SEBIN).');
    expect(curated).not.toContain('Former');
    // Its name is ours, not the list's.
    expect(curated).toContain('«Eduardo Gonzalez Quirarte» en esta página coincide con GONZALEZ QUIRARTE, Eduardo, el nombre que le dan nuestros datos recopilados.');
    const english = text(renderToString(h(MatchReason, { entity: figuera, mention, alternatives: [] })));
    expect(english).toContain('matches GONZALEZ QUIRARTE, Eduardo, the name our curated records give.');
    expect(english).not.toContain('listed name');
  });

  it('a surname alone says it points back to the full name; a shared surname says what would tell', () => {
    const html = text(renderToString(h(MatchReason, { entity: quirarte, mention: { text: 'Quirarte', status: 'possible', possibleBecause: 'shared-surname', reasons: ['earlier-full-name'] }, alternatives: [] })));
    expect(html).toContain('“Quirarte” stands for GONZALEZ QUIRARTE, Eduardo, named in full elsewhere on this page.');
    expect(html).toContain('more than one person on this page has this surname');
    expect(html).toContain('the person\'s full name next to this mention');
  });

  it('in Spanish', () => {
    const html = text(renderToString(h(MatchReason, { entity: quirarte, mention: { text: 'Jose Gonzalez', status: 'possible', possibleBecause: 'common-name', reasons: [] }, alternatives: [penuelas], t: es })));
    expect(html).toContain('¿Por qué esta coincidencia?');
    expect(html).toContain('«Jose Gonzalez» en esta página coincide con GONZALEZ QUIRARTE, Jose, otro nombre que la lista da a esta entrada.');
    expect(html).toContain('Solo posible: muchas personas comparten este nombre');
    expect(html).toContain('n. 1951');
    expect(html).not.toMatch(/why_|menu_/);
  });
  it("on another entry offered from the mark: none of the mark's evidence, and why it is only possible (a test the old card failed)", () => {
    // The mark "Nicolás Maduro" was linked to MADURO MOROS by a title next to it; the son's card offered from it must
    // not say that a title fits him.
    const son: Entity = { ...quirarte, id: 'ofac-26946', name: 'MADURO GUERRA, Nicolas Ernesto', names: [{ name: 'MADURO GUERRA, Nicolas Ernesto', type: 'primary' }], positions: ['Member of the Constituent Assembly'] };
    const father: EntitySummary = { id: 'ofac-22790', name: 'MADURO MOROS, Nicolas', kind: 'person', status: 'sanctioned', countries: ['Venezuela'] };
    const mention = { entityId: 'ofac-22790', text: 'Nicolás Maduro', status: 'sanctioned' as const, reasons: ['title' as const, 'sanctions-near' as const] };
    const en = text(renderToString(h(MatchReason, { entity: son, mention, alternatives: [father] })));
    expect(en).not.toContain('Member of the Constituent Assembly”');
    expect(en).not.toContain('sanctions');
    expect(en).toContain('Only possible: the scan linked these words to another entry, MADURO MOROS, Nicolas; they match this entry\'s name too.');
    expect(en).toContain('What tells them apart:');
    const sp = text(renderToString(h(MatchReason, { entity: son, mention, alternatives: [father], t: es })));
    expect(sp).toContain('Solo posible: el análisis vinculó estas palabras a otra entrada, MADURO MOROS, Nicolas');
    // On the mark's own entry the evidence is said as before.
    const own = text(renderToString(h(MatchReason, { entity: { ...son, id: 'ofac-22790' }, mention, alternatives: [] })));
    expect(own).not.toContain('another entry');
  });

  it('every reason the scan gives is worded in English and Spanish, or said in another line of the card', () => {
    // A reason with no wording is dropped from the card without a word: each new reason needs its line in both catalogs.
    const saidElsewhere = new Set(['earlier-full-name', 'sports-page']);
    const entity = { ...quirarte, positions: ['Lieutenant of the Guadalajara Cartel'] };
    for (const reason of MATCH_REASONS) {
      if (saidElsewhere.has(reason)) continue;
      const mention = { text: 'Eduardo Gonzalez Quirarte', status: 'sanctioned' as const, reasons: [reason] };
      const en = renderToString(h(MatchReason, { entity, mention, alternatives: [] }));
      const sp = renderToString(h(MatchReason, { entity, mention, alternatives: [], t: es }));
      expect(en, reason).toContain('<li>');
      expect(sp, reason).toContain('<li>');
      expect(text(sp), reason).not.toMatch(/why_|[a-z]+-[a-z]+/);
      expect(text(sp), reason).not.toBe(text(en));
    }
  });
});

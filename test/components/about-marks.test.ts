// The note on what a mark is, and the shortcuts as bound, in English and Spanish.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AboutMarks } from '../../components/AboutMarks';
import { EntityCard } from '../../components/EntityCard';
import { MatchReason } from '../../components/MatchReason';
import type { Entity } from '../../lib/dataset/format';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

describe('what a mark means', () => {
  it('says a mark is a match of names, in English and Spanish', () => {
    expect(renderToString(h(AboutMarks, { t: undefined }))).toContain('No mark does not mean that someone is not sanctioned.');
    expect(renderToString(h(AboutMarks, { t: es }))).toContain('Una marca es una coincidencia de nombres, no una conclusión sobre una persona.');
  });

  it('points to the options page from the popup only, not on the options page itself', () => {
    expect(renderToString(h(AboutMarks, { t: undefined, pointToOptions: true }))).toContain('is on the options page.');
    expect(renderToString(h(AboutMarks, { t: undefined }))).not.toContain('options page');
    expect(renderToString(h(AboutMarks, { t: es, pointToOptions: true }))).toContain('figura en la página de opciones.');
  });

  it('says on a possible card why it is only possible', () => {
    const e: Entity = { id: 'x', kind: 'person', name: 'GONZALEZ, Jose', names: [], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], sanctions: [], events: [] };
    expect(renderToString(h(EntityCard, { entity: e, status: 'possible', alternatives: [], lists: [] }))).toContain('Possible match: the name is common');
    expect(renderToString(h(EntityCard, { entity: e, status: 'sanctioned', alternatives: [], lists: [] }))).not.toContain('Possible match');
  });

  it('says it once when the card says why this match: the reason, not also the general note', () => {
    const e: Entity = { id: 'x', kind: 'person', name: 'GONZALEZ, Jose', names: [], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], sanctions: [], events: [] };
    const mention = { text: 'Jose Gonzalez', status: 'possible' as const, reasons: ['sports-page' as const] };
    const html = renderToString(h(EntityCard, { entity: e, status: 'possible', alternatives: [], lists: [], why: h(MatchReason, { entity: e, mention, alternatives: [] }) }));
    expect(html).not.toContain('Possible match: the name is common');
    expect(html.match(/Only possible/g)).toHaveLength(1);
    expect(html).toContain('this page reads like a sports report');
  });
});

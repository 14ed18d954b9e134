// The card's status badge says its status by a shape and a word, not by its colour alone (WCAG 1.4.1).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from '../../components/StatusBadge';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));
const STATUSES = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;

/** The icon's drawing alone: its shapes, with the status attribute and colours taken out. */
function iconShapes(html: string): string {
  const svg = /<svg[^>]*>(.*?)<\/svg>/.exec(html)?.[1] ?? '';
  return svg.replace(/(fill|stroke)="[^"]*"/g, '');
}

describe('status badge', () => {
  it('draws a different shape for each status, hidden from screen readers, beside the word', () => {
    const shapes = STATUSES.map((status) => iconShapes(renderToString(h(StatusBadge, { status, t: english }))));
    expect(shapes.every((s) => s.length > 0)).toBe(true);
    expect(new Set(shapes).size).toBe(4);
    const html = renderToString(h(StatusBadge, { status: 'delisted', t: english }));
    expect(html).toContain('aria-hidden="true"');
    expect(html).toMatch(/<\/svg>Delisted<\/span>$/);
  });

  it('says the word in the reader’s language', () => {
    expect(renderToString(h(StatusBadge, { status: 'sanctioned', t: es }))).toMatch(/<\/svg>Con sanciones/);
    expect(renderToString(h(StatusBadge, { status: 'not-sanctioned', t: es }))).not.toContain('Not sanctioned');
  });

  it('says why a possible match is only possible: a common name, a shared surname, a name another entry shares, or nothing more', () => {
    const words = (possibleWhy?: 'common-name' | 'shared-surname' | 'other-entry', t = english) => renderToString(h(StatusBadge, { status: 'possible', possibleWhy, t })).replace(/<[^>]+>/g, '');
    expect(words('common-name')).toBe('Possible match, common name');
    expect(words('shared-surname')).toBe('Possible match, shared surname');
    expect(words('other-entry')).toBe('Possible match, shared name');
    expect(words()).toBe('Possible match');
    expect(words('other-entry', es)).toBe('Posible coincidencia, nombre compartido');
    expect(words('shared-surname', es)).toBe('Posible coincidencia, apellido compartido');
  });
});

// Popup results: a similar spelling is shown apart and quietly when better results are there.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '../../components/SearchResults';
import { english } from '../../lib/i18n/english';
import type { SearchHit } from '../../lib/search/query';

const hit = (id: string, name: string, match: SearchHit['match'], matchedName?: string): SearchHit => ({ id, name, kind: 'person', status: 'sanctioned', countries: [], match, ...(matchedName ? { matchedName } : {}) });

describe('search results', () => {
  it('puts similar spellings in a quieter group after the better results, without the coloured badge', () => {
    const html = renderToString(h(SearchResults, { hits: [hit('a', 'MADURO MOROS, Nicolas', 'partial'), hit('b', 'DI MAURO, Paolo', 'fuzzy')], active: -1, onOpen: () => undefined, t: english }));
    expect(html.indexOf('Similar spellings, less likely')).toBeGreaterThan(html.indexOf('MADURO MOROS'));
    expect(html.indexOf('Similar spellings, less likely')).toBeLessThan(html.indexOf('DI MAURO'));
    expect(html.match(/sl-badge-sanctioned/g)).toHaveLength(1);
    expect(html).toContain('id="sl-result-1"');
  });

  it('shows similar spellings as the results when nothing better is found', () => {
    const html = renderToString(h(SearchResults, { hits: [hit('a', 'MADURO MOROS, Nicolas', 'fuzzy')], active: 0, onOpen: () => undefined, t: english }));
    expect(html).not.toContain('Similar spellings, less likely');
    expect(html).toContain('sl-badge-sanctioned');
  });
});

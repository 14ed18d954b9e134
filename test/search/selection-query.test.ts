// "Look up in Sanctions Lens": the selected text becomes the popup's query, and the popup reads it back.
import { describe, expect, it } from 'vitest';
import { popupPathFor, queryFromSearch, selectionQuery } from '../../lib/search/selection-query';

describe('selection query', () => {
  it('makes one line of a selection that spans lines and cells', () => {
    expect(selectionQuery('  Nicolás\n\tMaduro   Moros \n')).toBe('Nicolás Maduro Moros');
  });

  it('refuses a selection with no letter or digit', () => {
    expect(selectionQuery('  — … ')).toBeNull();
    expect(selectionQuery('')).toBeNull();
    expect(selectionQuery(undefined)).toBeNull();
  });

  it('cuts a long selection to what the search reads', () => {
    expect(selectionQuery('a'.repeat(500))).toHaveLength(200);
  });

  it('round-trips any text through the popup address, & and # and quotes included', () => {
    for (const text of ['Nicolás Maduro', 'Kim & Jong #1', '"Лукашенко"?q=x']) {
      const path = popupPathFor(text);
      expect(path.startsWith('popup.html?q=')).toBe(true);
      expect(queryFromSearch(path.slice(path.indexOf('?')))).toBe(text);
    }
  });
});

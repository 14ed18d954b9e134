import { describe, expect, it } from 'vitest';
import { listNames } from '../../entrypoints/content/name-rows';
import type { Mention } from '../../lib/match/mention';

const m = (entityId: string, text: string, status: Mention['status']) => ({ mention: { entityId, text, status, start: 0, end: text.length, alternatives: [] } });

describe('listNames', () => {
  it('lists each name once with its count, sanctioned first, then in page order', () => {
    const rows = listNames([m('pence', 'Mike Pence', 'not-sanctioned'), m('maduro', 'Nicolás Maduro', 'sanctioned'), m('figuera', 'Cristopher Figuera', 'delisted'), m('maduro', 'Nicolás Maduro', 'sanctioned'), m('carvajal', 'Hugo Carvajal', 'sanctioned')]);
    expect(rows.map((r) => [r.text, r.count])).toEqual([
      ['Nicolás Maduro', 2],
      ['Hugo Carvajal', 1],
      ['Cristopher Figuera', 1],
      ['Mike Pence', 1],
    ]);
  });
});

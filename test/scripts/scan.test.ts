import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../lib/match/scan';
import { htmlText } from '../../scripts/page-text';
import { scanFile } from '../../scripts/scan';
import { fixtureEntities } from '../match/fixtures';

const index = buildNameIndex(fixtureEntities);
const byId = new Map(fixtureEntities.map((e) => [e.id, e]));

describe('the scan command', () => {
  it('reports mentions of an HTML page’s visible text, with offsets into that text and the entity’s sources', () => {
    const { text, mentions } = scanFile(index, byId, join(import.meta.dirname, '../corpus/venezuela-live.html'));
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const maduro = mentions.find((m) => m.text === 'Nicolás Maduro');
    expect(maduro).toMatchObject({ status: 'sanctioned', entity: { id: 'ofac-22790', name: 'MADURO MOROS, Nicolas', sources: [{ list: 'us-ofac-sdn', ref: '22790' }] } });
    expect(maduro?.alternatives.map((a) => a.id)).toContain('ofac-26946');
    expect(mentions.find((m) => m.text === 'David Smith')).toBeUndefined();
  });

  it('reads only visible text: no script, no alt text, blocks kept apart', () => {
    const page = htmlText('<p>President <b>Nicolás</b> Maduro</p><script>var x = "PDVSA"</script><img alt="DGCIM"><p>next&nbsp;block</p>');
    expect(page.blocks.map((b) => b.text)).toEqual(['President Nicolás Maduro', 'next\u00a0block']);
  });
});

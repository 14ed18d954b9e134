// Why a name matched, as the card tells it: the listed name the page's words stand for, and the evidence the scan
// weighed (lib/match/matched-name.ts, the `reasons` of a mention).
import { describe, expect, it } from 'vitest';
import { matchedName } from '../../lib/match/matched-name';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const quirarte = entity('gq', 'GONZALEZ QUIRARTE, Eduardo', 'person', true, {
  names: [
    { name: 'GONZALEZ QUIRARTE, Eduardo', type: 'primary' },
    { name: 'GONZALEZ QUIRARTE, Jose', type: 'aka' },
    { name: 'EL FLACO', type: 'weak' },
  ],
  countries: ['Mexico'],
  positions: ['Lieutenant'],
});
const index = buildNameIndex([...fixtureEntities, quirarte]);

function found(text: string | string[]) {
  return scanPage(index, Array.isArray(text) ? text : [text]).flat();
}

describe('matchedName', () => {
  it('names the alias the page wrote, not the primary name', () => {
    expect(matchedName(quirarte.names, 'Jose Gonzalez')).toEqual({ name: 'GONZALEZ QUIRARTE, Jose', type: 'aka' });
    expect(matchedName(quirarte.names, 'Eduardo González Quirarte')?.type).toBe('primary');
  });

  it('reads the page’s spelling through the skeleton, and never a weak alias', () => {
    expect(matchedName(quirarte.names, 'José Gonsalez')).toBeDefined();
    expect(matchedName(quirarte.names, 'El Flaco')).toBeUndefined();
  });
});

describe('the reasons a scan gives', () => {
  it('a common name on a sports page is only possible, and says the sports page weighed against it', () => {
    const [m] = found('The midfielder Jose Gonzalez scored twice as Tigres beat Monterrey 3-1 in the league; the coach praised the team after the match and the goalkeeper saved a penalty.');
    expect(m).toMatchObject({ text: 'Jose Gonzalez', entityId: 'gq', status: 'possible', possibleBecause: 'common-name', reasons: ['sports-page'] });
  });

  it('a common name with no evidence at all is possible with no reasons', () => {
    const [m] = found('Jose Gonzalez opened a bakery on Main Street last week.');
    expect(m.status).toBe('possible');
    expect(m.reasons).toBeUndefined();
  });

  it('names each piece of evidence that confirmed a common name', () => {
    const [m] = found('The Treasury sanctioned Lieutenant Jose Gonzalez on Tuesday, OFAC said, for drug trafficking in Mexico.');
    expect(m.status).toBe('sanctioned');
    expect(m.reasons).toEqual(expect.arrayContaining(['title', 'sanctions-near']));
  });

  it('a distinctive name needs no evidence, and a surname alone points back to it', () => {
    const ms = found(['Vladimir Putin spoke on Monday.', 'Later Putin left.']);
    expect(ms.map((m) => [m.text, m.reasons])).toEqual([
      ['Vladimir Putin', ['distinctive-name']],
      ['Putin', ['earlier-full-name']],
    ]);
  });

  it('a name other entries share too is not said to point to one entry on its own: this one fits the words best', () => {
    // MADURO GUERRA, Nicolas Ernesto carries "Nicolás Maduro" as well; MADURO MOROS, Nicolas is the whole name.
    const ms = found(['Nicolás Maduro spoke on Monday.', 'Later Maduro left.']);
    expect(ms.map((m) => [m.text, m.reasons, m.alternatives.length > 0])).toEqual([
      ['Nicolás Maduro', ['closest-name'], true],
      ['Maduro', ['earlier-full-name'], false],
    ]);
  });
});

// A common name the page ties to a listed relative: "X, daughter of President Y" where the lists relate X to Y, and
// on a sports page a relative the lists link to the person.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made up, shaped like OFAC's TIKHONOVA, Katerina Vladimirovna (a.k.a. PUTINA, Yekaterina) and SHOIGU, Kseniya
// Sergeyevna (linked to SHOIGU, Sergei Kuzhugetovich).
const index = buildNameIndex([
  entity('father', 'VOLKODAVOV, Vladimir Vladimirovich', 'person', true, { countries: ['Russia'] }),
  entity('daughter', 'TIKHONOVA, Katerina Vladimirovna', 'person', true, { countries: ['Russia'], names: [{ name: 'TIKHONOVA, Katerina Vladimirovna', type: 'primary' }, { name: 'TIKHONOVA, Katerina', type: 'aka' }, { name: 'VOLKODAVOVA, Yekaterina', type: 'aka' }] }),
  entity('other', 'ZHEREBTSOV, Oleg Pavlovich', 'person', true, { countries: ['Russia'] }),
  entity('minister', 'SHOIGOV, Sergei Kuzhugetovich', 'person', true, { countries: ['Russia'] }),
  entity('minister-daughter', 'SHOIGOV, Kseniya Sergeyevna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'SHOIGOV, Sergei Kuzhugetovich', id: 'minister' }] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('a relative the page names beside a listed person', () => {
  it('confirms a common name the page calls the kin of a listed person the lists relate to it', () => {
    expect(marks('Katerina Tikhonova, daughter of Russian President Vladimir Volkodavov, joined the council.')).toEqual(['Katerina Tikhonova=daughter:sanctioned', 'Vladimir Volkodavov=father:sanctioned']);
  });

  it('does not where the tie is no kinship, or the listed person no relative in the lists', () => {
    expect(marks('Katerina Tikhonova, a friend of Russian President Vladimir Volkodavov, joined the council.')).toEqual(['Katerina Tikhonova=daughter:possible', 'Vladimir Volkodavov=father:sanctioned']);
    expect(marks('Katerina Tikhonova, daughter of the banker Oleg Zherebtsov, joined the council.')).toContain('Katerina Tikhonova=daughter:possible');
  });

  it('confirms on a sports page a relative the lists link to a listed person the page named', () => {
    const page = 'Defense Minister Sergei Kuzhugetovich Shoigov opened the season. The coach praised the marathon and the championship. Kseniya Shoigov organised the race.';
    expect(marks(page)).toContain('Kseniya Shoigov=minister-daughter:sanctioned');
  });
});

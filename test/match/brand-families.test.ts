import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// A made-up parent bank and two firms whose names begin with its brand, one of them in another country.
const index = buildNameIndex([
  entity('parent', 'PUBLIC JOINT STOCK COMPANY SBERBANKO', 'organization', true, { countries: ['Russia'] }),
  entity('capital', 'LIMITED LIABILITY COMPANY SBERBANKO CAPITAL', 'organization', true, { countries: ['Russia'] }),
  entity('europe', 'SBERBANKO EUROPE AG', 'organization', true, { countries: ['Austria'] }),
  entity('lone', 'TRANSNEFTO TRADING LTD', 'organization', true, { countries: ['Cyprus'] }),
  entity('militia', "KATA'IB SBERBANKO", 'organization', true, { countries: ['Iraq'], names: [{ name: "KATA'IB SBERBANKO", type: 'primary' }, { name: 'SBERBANKO BRIGADES', type: 'aka' }] }),
]);

const scan = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}${m.alternatives.length ? ` (${m.alternatives.join(', ')})` : ''}`);

describe('a brand and the firms that share it', () => {
  it('links the brand to the parent and offers the firms that share it as alternatives', () => {
    expect(scan('The US sanctions on Russia cut Sberbanko off from the dollar.')).toEqual(['Sberbanko=parent (capital, europe)']);
  });

  it('leaves out a body whose alias only begins with the word', () => {
    expect(scan('The US sanctions on Russia cut Sberbanko off.')[0]).not.toContain('militia');
  });

  it('still links a firm named in full to itself', () => {
    expect(scan('The US sanctions on Russia hit Sberbanko Europe in Vienna.')).toEqual(['Sberbanko Europe=europe']);
  });

  it('never marks a brand for a firm that only shares it', () => {
    expect(scan('The US sanctions on Russia and Cyprus hit Transnefto as well.')).toEqual([]);
  });
});

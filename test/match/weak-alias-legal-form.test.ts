// "Itritec GMBH" of INTERNATIONAL TRADE AND INDUSTRIAL TECHNOLOGY ITRITEC GMBH, a.k.a. ITRITEC (weak): a firm's weak
// alias with the legal form its own listed name writes after it.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { weakAliasWithLegalForm } from '../../lib/names/weak-alias-legal-form';
import { entity } from './fixtures';

// Made up, shaped like ITRITEC GMBH and RSV-EKSPERT OOO.
const index = buildNameIndex([
  entity('itr', 'INTERNATIONAL TRADE AND INDUSTRIAL TECHNOLOGY TRILTEC GMBH', 'organization', true, { countries: ['Germany'], names: [{ name: 'INTERNATIONAL TRADE AND INDUSTRIAL TECHNOLOGY TRILTEC GMBH', type: 'primary' }, { name: 'TRILTEC', type: 'weak' }] }),
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('a firm\'s weak alias with its own legal form', () => {
  it('is the firm where the page writes the alias with the legal form', () => {
    expect(found('Además, está la empresa alemana de tecnología industrial Triltec GMBH, que fue sancionada.')).toEqual(['Triltec GMBH=itr:sanctioned']);
  });

  it('is the list\'s own words only: not a word of a hyphenated name, not a legal form the name lacks', () => {
    expect(weakAliasWithLegalForm(['RSV-EKSPERT OOO'], ['EKSPERT'])).toEqual([]);
    expect(weakAliasWithLegalForm(['INTERNATIONAL TRADE TRILTEC GMBH'], ['TRILTEC'])).toEqual(['triltec gmbh']);
    expect(weakAliasWithLegalForm(['TRILTEC TRADING COMPANY'], ['TRILTEC'])).toEqual([]);
  });
});

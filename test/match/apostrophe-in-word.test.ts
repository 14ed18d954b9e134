// An Arabic name's ʿayn or hamza written as an apostrophe inside the word ("Kata’ib Hezbollah", "Asa'ib Ahl al-Haq"):
// the letters after it are the rest of a capitalised word, so the whole listed name is found, not a shorter one
// inside it (HIZBALLAH for "Hezbollah" of KATA'IB HIZBALLAH).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { TokenBuffer, tokenizeInto, CAPITALIZED } from '../../lib/names/normalize';
import { entity } from './fixtures';

// Made-up bodies shaped like OFAC's: a party and the militia whose name ends with the party's.
const index = buildNameIndex([
  entity('party-like', 'HIZBOLLAHA', 'organization', true, { countries: ['Lebanon'], names: [{ name: 'HIZBOLLAHA', type: 'primary' }, { name: 'HEZBOLLAHA', type: 'aka' }] }),
  entity('militia-like', "KATA'IBA HIZBOLLAHA", 'organization', true, { countries: ['Iraq'], names: [{ name: "KATA'IBA HIZBOLLAHA", type: 'primary' }, { name: "KATA'IBA HEZBOLLAHA", type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('an apostrophe inside a capitalised word', () => {
  it('keeps the word whole, with a straight or a typographic apostrophe', () => {
    expect(found('OFAC sanctioned three leaders of Kata’iba Hezbollaha, an Iraqi militia.')).toEqual(['Kata’iba Hezbollaha=militia-like']);
    expect(found("OFAC sanctioned three leaders of Kata'iba Hizbollaha, an Iraqi militia.")).toEqual(["Kata'iba Hizbollaha=militia-like"]);
  });

  it('gives the capital to a word’s rest, never to an English contraction or a possessive', () => {
    const capitals = (text: string) => {
      const out = new TokenBuffer();
      tokenizeInto(text, out);
      return out.keys.slice(0, out.count).map((k, i) => `${k}${out.flags[i] & CAPITALIZED ? '^' : ''}`);
    };
    expect(capitals('Kata’ib Asa\'ib')).toEqual(['kata^', 'ib^', 'asa^', 'ib^']);
    expect(capitals('They’ll say You’re late, We’ve seen Don’t')).toEqual(['they^', 'll', 'say', 'you^', 're', 'late', 'we^', 've', 'seen', 'don^', 't']);
    expect(capitals("Iran's d'Artagnan rock 'n' roll")).toEqual(['iran^', 'd', 'artagnan^', 'rock', 'n', 'roll']);
  });
});

// An alias that is an entry's primary name written with other spaces is that name: the entry named so comes first
// where another entry carries the same words as an alias.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up groups shaped like OFAC's: HIZBALLAH's old alias ANSAR ALLAH and ANSARALLAH, the Houthis, listed later.
const party = entity('party-like', 'HIZBALLAH', 'organization', true);
party.names.push({ name: 'ANSAR ALLAH', type: 'aka' });
const houthis = entity('houthis-like', 'ANSARALLAH', 'organization', true, { countries: ['Yemen'] });
houthis.names.push({ name: 'ANSAR ALLAH', type: 'aka' });
const index = buildNameIndex([party, houthis]);

const first = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

describe('an alias that is the primary name with other spaces', () => {
  it('names the entry whose primary name it is first, with no country on the page to tell', () => {
    expect(first(['США ввели санкции против компаний, помогающих движению "Ансар Аллах".'])).toEqual(['Ансар Аллах=houthis-like']);
    expect(first(['The Treasury sanctioned three firms that help Ansar Allah.'])).toEqual(['Ansar Allah=houthis-like']);
  });
});

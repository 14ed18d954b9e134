// A body's two listed names crossed as the news crosses them: "Akhmad Kadyrov Foundation" of AKHMAT KADYROV
// FOUNDATION (aka AKHMAD KADYROV FUND); never two names of other words.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { crossedOrgNames } from '../../lib/names/crossed-spellings';
import { entity } from '../match/fixtures';

const fund = entity('fund', 'AKHMAT KADYROV FOUNDATION', 'organization', true, {
  names: [{ name: 'AKHMAT KADYROV FOUNDATION', type: 'primary' }, { name: 'AKHMAD KADYROV FUND', type: 'aka' }],
  countries: ['Russia'],
});
const index = buildNameIndex([fund]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a body's names crossed", () => {
  it('finds one word of each listed name together', () => {
    expect(marks('The race is sponsored by state companies and the Akhmad Kadyrov Foundation, the Dossier center reported.')).toEqual(['Akhmad Kadyrov Foundation:fund']);
  });

  it('crosses only two words that are one word two ways (one letter apart, or one glossary concept)', () => {
    expect(crossedOrgNames(['AKHMAT KADYROV FOUNDATION', 'AKHMAD KADYROV FUND'])).toEqual(['akhmad kadyrov foundation', 'akhmat kadyrov fund']);
    expect(crossedOrgNames(['ALFA CAPITAL HOLDING', 'BETA CAPITAL BANK'])).toEqual([]);
    expect(crossedOrgNames(['GLOBAL TRADE GROUP', 'GLOBAL TRADING COMPANY'])).toEqual([]);
  });
});

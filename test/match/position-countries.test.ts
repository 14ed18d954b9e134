// A person whose entry gives no country, nationality or birthplace has the one country the listed role names
// ("President of the Republic of Zimbabwe"), so that the rules which ask whether the page names the person's country
// can see it: the head of state among listed relatives who share his surname (head-among-relatives.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { positionCountries } from '../../lib/match/position-countries';
import { entity } from './fixtures';

describe('the country a listed role names', () => {
  it('is the entry’s country only where it gives none and the role names one country', () => {
    expect(positionCountries(entity('p', 'MUGABO, Roberto', 'person', false, { positions: ['President of the Republic of Zimbabwe'] }))).toEqual(['zimbabwe']);
    expect(positionCountries(entity('p', 'QUDSIA, Abdul', 'person', true, { positions: ['Major General, Head of Syrian Military Intelligence'] }))).toEqual(['syrian']);
    expect(positionCountries(entity('p', 'MUGABO, Roberto', 'person', false, { positions: ['President of the Republic of Zimbabwe'], nationalities: ['Zambia'] }))).toEqual([]);
    expect(positionCountries(entity('p', 'KIMO, Kwang', 'person', true, { positions: ['Ambassador of Iran to Iraq'] }))).toEqual([]);
    expect(positionCountries(entity('o', 'ZIMBABWE ELECTORAL COMMISSION', 'organization', true, { positions: ['Zimbabwe'] }))).toEqual([]);
  });

  it('lets a title and a surname alone that listed relatives share name the head of state whose country the page names', () => {
    const index = buildNameIndex([
      entity('father', 'MUGABO, Roberto Gabriel', 'person', false, { positions: ['President of the Republic of Zimbabwe'] }),
      entity('mother', 'MUGABO, Gracia', 'person', false),
    ]);
    const page = ['President Mugabo sons are victims of their upbringing', 'They are children of President Roberto and Gracia Mugabo, who are disliked in Harare. Sally and Roberto Mugabo’s young son died when Roberto was in detention. Zimbabwe’s crisis goes on.'];
    const bare = scanPage(index, page)[0].map((m) => `${m.text}=${m.entityId}`);
    expect(bare).toEqual(['Mugabo=father']);
  });
});

// A sanctions story's words as EU designations are reported: a travel ban, and a freeze of assets written after
// their owner ("froze the 68-year-old's assets").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made up, shaped like OFAC's POTANIN, Vladimir Olegovich (a common given name, a surname of a common shape).
const index = buildNameIndex([entity('potanin-like', 'POTANINOV, Vladimir Olegovich', 'person', true, { countries: ['Russia'] })]);
const status = (text: string) => scanText(index, text).map((m) => `${m.text}:${m.status}`);

describe('an EU designation story in plain words', () => {
  it('counts a freeze of assets named after their owner', () => {
    expect(status("The European Union froze the 68-year-old's assets. Vladimir Potaninov, one of the richest men in Russia, stepped down.")).toEqual(['Vladimir Potaninov:sanctioned']);
  });

  it('counts a travel ban', () => {
    expect(status('The European Union issued him a travel ban. Vladimir Potaninov, one of the richest men in Russia, stepped down.')).toEqual(['Vladimir Potaninov:sanctioned']);
  });

  it('counts neither a freeze of anything else nor a ban of anything else', () => {
    expect(status("The European Union froze the price of the 68-year-old's bread. Vladimir Potaninov, one of the richest men in Russia, stepped down.")).toEqual(['Vladimir Potaninov:possible']);
    expect(status('The European Union issued a ban on plastic. Vladimir Potaninov, one of the richest men in Russia, stepped down.')).toEqual(['Vladimir Potaninov:possible']);
  });
});

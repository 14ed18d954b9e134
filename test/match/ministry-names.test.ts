// A ministry's name without its country's word ("the Ministry of Defence") is any country's ministry of that kind.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up ministries shaped like the UN's North Korean entry (an alias of everyday words; its country by the UN's
// formal name) and OFAC's Iranian one.
const northern = entity('mnd-like', 'MINISTRY OF NATIONAL DEFENCE', 'organization', true, { countries: ["Democratic People's Republic of Korea"] });
northern.names.push({ name: 'MINISTRY OF DEFENCE', type: 'aka' });
const iranian = entity('modafl-like', 'MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS', 'organization', true, { countries: ['Iran'] });
const index = buildNameIndex([northern, iranian]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

describe("a ministry's name without its country", () => {
  it('is no mark on a page about another country', () => {
    expect(marks(['The EU sanctioned three Iranian generals of the Revolutionary Guard, the Ministry of Defence and the armed forces.'])).toEqual([]);
  });

  it('is the ministry on a page that names its country, or after its country’s possessive', () => {
    expect(marks(['North Korea tested a missile, the Ministry of Defence said.'])).toEqual(['Ministry of Defence=mnd-like']);
    expect(marks(['The tests were run by the Ministry of Defence, officials in Pyongyang said of North Korea.'])).toEqual(['Ministry of Defence=mnd-like']);
  });

  it('leaves a ministry’s full name on a page that names its country alone', () => {
    expect(marks(['Iran’s Ministry of Defense and Armed Forces Logistics supplied the drones.'])).toEqual(['Ministry of Defense and Armed Forces Logistics=modafl-like']);
  });
});

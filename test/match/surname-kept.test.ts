// A surname alone keeps naming the person it named before relatives with the same surname came into the story:
// "Dodik's corruption" after "Milorad Dodik", "Dodik", "Igor Dodik" is the father. Before it named anyone alone,
// a surname two listed people share stays possible.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('milorad', 'DODIK, Milorad', 'person', true, { countries: ['Bosnia and Herzegovina'] }),
  entity('igor', 'DODIK, Igor', 'person', true, { countries: ['Bosnia and Herzegovina'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a surname alone among relatives', () => {
  it('keeps the person it named alone before', () => {
    expect(marks('The US sanctioned the family of Milorad Dodik. Dodik is the Serb leader. It sanctioned his son Igor Dodik. The son facilitated Dodik\'s corruption.')).toEqual([
      'Milorad Dodik:milorad:sanctioned', 'Dodik:milorad:sanctioned', 'Igor Dodik:igor:sanctioned', 'Dodik:milorad:sanctioned',
    ]);
  });

  it('is possible when both were named in full before it named anyone alone', () => {
    expect(marks('The US sanctioned Milorad Dodik and his son Igor Dodik. Dodik denied it.').at(-1)).toBe('Dodik:milorad:possible');
  });
});

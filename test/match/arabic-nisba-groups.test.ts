import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const group = (id: string, latin: string, arabic: string, countries: string[]) =>
  entity(id, latin, 'organization', true, { countries, names: [{ name: latin, type: 'primary' }, { name: arabic, type: 'script' }] });
// The fixtures hold HIZBALLAH (ofac-4697), whose entry gives no country. The Iraqi group is made up after KATA'IB
// HIZBALLAH under another Latin name: the real one also carries "حزب الله العراقي" as a name of its own
// (arabic-org-names.ts), which would answer these sentences without the rule tested here.
const index = buildNameIndex([
  ...fixtureEntities,
  group('kataib', "KATA'IB HIZBALLAH AL-IRAQ", 'كتائب حزب الله', ['Iraq']),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a group's name with a country's adjective after it (sentences from enooma.com)", () => {
  it('is the body of that country the page named before, whose name holds the words ("حزب الله العراقي" after "كتائب حزب الله")', () => {
    expect(marks('تفرض عقوبات على حلفاء إيران في العراق، وفي مقدمتهم كتائب حزب الله. وعلى رأسها حزب الله العراقي، وقد توحدت تحت لواء “حزب الله العراقي” في عام 2006.')).toEqual([
      'كتائب حزب الله:kataib',
      'حزب الله:kataib',
      'حزب الله:kataib',
    ]);
  });

  it('stays the group without the adjective, with an adjective of a country the named body does not hold, and where no such body was named before', () => {
    expect(marks('وفي مقدمتهم كتائب حزب الله، وأكرم الكعبي من ميليشيات حزب الله.')).toEqual(['كتائب حزب الله:kataib', 'حزب الله:ofac-4697']);
    expect(marks('وفي مقدمتهم كتائب حزب الله، والتقى المسؤول في حزب الله اللبناني.')).toEqual(['كتائب حزب الله:kataib', 'حزب الله:ofac-4697']);
    expect(marks('وعلى رأسها حزب الله العراقي في عام 2006.')).toEqual(['حزب الله:ofac-4697']);
  });
});

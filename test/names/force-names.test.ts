import { describe, expect, it } from 'vitest';
import { crossedForceNames } from '../../lib/names/force-names';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from '../match/fixtures';

// As OFAC lists the IRGC's air force (ofac-12055): GUARD in some names, GUARDS in the one with AEROSPACE.
const names = ['ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE', 'IRGC AIR FORCE', 'ISLAMIC REVOLUTIONARY GUARDS CORPS AEROSPACE FORCE', 'IRGC AEROSPACE FORCE'];

describe("a force's names crossed with its body's", () => {
  it('reads every body\'s name the entry has with every force\'s name, none already listed', () => {
    expect(crossedForceNames(names).sort()).toEqual(['ISLAMIC REVOLUTIONARY GUARD CORPS AEROSPACE FORCE', 'ISLAMIC REVOLUTIONARY GUARDS CORPS AIR FORCE']);
  });

  it('crosses nothing with one force\'s name or one body\'s name only', () => {
    expect(crossedForceNames(['ISLAMIC REVOLUTIONARY GUARD CORPS AIR FORCE', 'IRGC AIR FORCE'])).toEqual([]);
    expect(crossedForceNames(['IRGC AIR FORCE', 'IRGC AEROSPACE FORCE'])).toEqual([]);
    expect(crossedForceNames(['SEPAH NEWS AGENCY', 'SEPAH NEWS'])).toEqual([]);
  });

  it('names the force, not its body, in the crossing the news writes', () => {
    const iran = { countries: ['Iran'] };
    const index = buildNameIndex([
      entity('irgc', 'ISLAMIC REVOLUTIONARY GUARD CORPS', 'organization', true, iran),
      { ...entity('irgcaf', names[0], 'organization', true, iran), names: names.map((name, k) => ({ name, type: k === 0 ? ('primary' as const) : ('aka' as const) })) },
    ]);
    const found = scanText(index, 'Під санкції потрапили: Islamic Revolutionary Guard Corps Aerospace Force, Qods Aviation Industry.').map((m) => `${m.text}=${m.entityId}`);
    expect(found).toEqual(['Islamic Revolutionary Guard Corps Aerospace Force=irgcaf']);
  });
});

// "The Dubai-based Haleel Group": a body's weak alias of its brand and "Group" (HALEEL GROUP of HALEEL COMMODITIES
// L.L.C.) is the body's name as news writes it, where few entries carry the brand's word (weak-own-names.ts).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

function body(id: string, name: string, weak: string, countries: string[]): Entity {
  return { ...entity(id, name, 'organization', true, { countries }), names: [{ name, type: 'primary' }, { name: weak, type: 'weak' }] };
}

describe("a body's weak alias of its brand and Group", () => {
  const generic = Array.from({ length: 12 }, (_, k) => entity(`global-${k}`, `GLOBAL ${['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'OMEGA', 'SIGMA', 'THETA', 'KAPPA', 'ZETA', 'IOTA', 'RHO', 'TAU'][k]} TRADING LLC`, 'organization', true));
  const index = buildNameIndex([
    ...fixtureEntities,
    ...generic,
    body('haleel', 'HALEEL COMMODITIES L.L.C.', 'HALEEL GROUP', ['United Arab Emirates', 'Somalia']),
    body('global', 'GLOBAL NTM LTD', 'GLOBAL GROUP', ['Lebanon']),
  ]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('marks the group in title case in a sanctions story', () => {
    expect(marks('The Treasury sanctioned financiers of al-Shabaab in Somalia. The Dubai-based Haleel Group and its subsidiaries are at the center.')).toContain('Haleel Group:haleel:sanctioned');
  });

  it('does not mark it without its country, sanctions words or a legal form', () => {
    expect(marks('Haleel Group won the regional football cup on Sunday.')).toEqual([]);
  });

  it('leaves out a group whose brand word many listed bodies carry', () => {
    expect(marks('The Treasury sanctioned firms in Lebanon, among them Global Group.').filter((m) => m.startsWith('Global Group'))).toEqual([]);
  });
});

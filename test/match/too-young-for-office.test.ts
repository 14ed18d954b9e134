// A rank or office before a name that the listed person of that name was too young to hold: the page means a
// namesake ("Maj Gen Zaw Min Tun", the junta's spokesman, against TUN, Zaw Min, born 2001).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

function listed(id: string, name: string, born: string): Entity {
  const e = entity(id, name, 'person', true, { countries: ['Burma'], birthDates: [born] });
  return { ...e, sanctions: e.sanctions.map((s) => ({ ...s, listedBy: '2023-08-23' })) };
}

describe('a title the listed person was too young for', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    listed('young', 'TUN, Zaw Min', '2001-07-20'),
    listed('elder', 'AUNG, Soe Htut', '1960'),
  ]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
  const story = 'The US Treasury sanctioned Myanmar’s state oil firm on Tuesday. ';

  it('shows a general of the young listed person\'s name as possible only', () => {
    expect(marks(`${story}Maj Gen Zaw Min Tun, the junta’s spokesman, did not respond.`)).toContain('Zaw Min Tun:young:possible');
    expect(marks(`${story}Gen. Zaw Min Tun did not respond.`)).toContain('Zaw Min Tun:young:possible');
  });

  it('shows a minister or spokesman of that name as possible only', () => {
    expect(marks(`${story}Information Minister Zaw Min Tun did not respond.`)).toContain('Zaw Min Tun:young:possible');
    expect(marks(`${story}The junta’s spokesman Zaw Min Tun did not respond.`)).toContain('Zaw Min Tun:young:possible');
  });

  it('still marks the young listed person named without such a title', () => {
    expect(marks(`${story}Zaw Min Tun, a businessman, was named too.`)).toContain('Zaw Min Tun:young:sanctioned');
  });

  it('still marks a listed general old enough for the rank', () => {
    expect(marks(`${story}Lt Gen Soe Htut Aung did not respond.`)).toContain('Soe Htut Aung:elder:sanctioned');
  });
});

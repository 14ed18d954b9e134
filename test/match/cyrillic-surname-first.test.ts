import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const by = { countries: ['Belarus'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('khrenin', 'KHRENIN, Viktor Gennadievich', 'person', true, by),
  entity('ivanov', 'IVANOV, Ivan Ivanovich', 'person', true, { countries: ['Russia'] }),
  entity('garcia', 'GARCIA LOPEZ, Juan Carlos', 'person', true, { countries: ['Mexico'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('an East Slavic name surname first, without the patronymic', () => {
  it('finds "Хренин Виктор" as official lists and sports pages write it', () => {
    expect(marks(['В санкционный список попали Хренин Виктор и другие.'])).toEqual(['Хренин Виктор:khrenin:sanctioned']);
  });

  it('keeps a common name brief: "Иванов Иван" needs evidence', () => {
    expect(marks(['На сцену вышел Иванов Иван.'])).toEqual(['Иванов Иван:ivanov:possible']);
  });

  it('adds no such form for a name without a patronymic ("Lopez Juan" is no one)', () => {
    expect(marks(['The Treasury sanctioned Garcia Lopez Juan and Lopez Juan.'])).not.toContain('Lopez Juan:garcia:sanctioned');
  });
});

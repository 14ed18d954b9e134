import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  { ...entity('vniia-like', 'FEDERAL STATE UNITARY ENTERPRISE DUKHOVO AUTOMATICS RESEARCH INSTITUTE', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'FEDERAL STATE UNITARY ENTERPRISE DUKHOVO AUTOMATICS RESEARCH INSTITUTE', type: 'primary' }, { name: 'VNIIA', type: 'weak' }] },
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a body\'s full name before its acronym in brackets', () => {
  it('marks the words whose first letters spell the acronym found in brackets, with the patron after "имени"', () => {
    expect(marks(['Под санкции США попал Всероссийский научно-исследовательский институт автоматики имени Духово (ВНИИА, Москва) в России.'])).toEqual([
      'Всероссийский научно-исследовательский институт автоматики имени Духово:vniia-like',
      'ВНИИА:vniia-like',
    ]);
    expect(marks(['Санкції США проти Росії зачепили Всеросійський науково-дослідний інститут автоматики (ВНДІА).'])).toEqual([]);
    expect(marks(['Под санкции США попал Всероссийский научно-исследовательский институт автоматики (ВНИИА) в России.'])).toEqual([
      'Всероссийский научно-исследовательский институт автоматики:vniia-like',
      'ВНИИА:vniia-like',
    ]);
  });

  it('marks only the acronym when the words before the bracket do not spell it', () => {
    expect(marks(['Под санкции США попал институт имени Духово в Москве (ВНИИА) в России.'])).toEqual(['ВНИИА:vniia-like']);
    expect(marks(['Под санкции США попал Всероссийский научный институт автоматики (ВНИИА) в России.'])).toEqual(['ВНИИА:vniia-like']);
  });

  it('marks nothing where the acronym itself does not stand', () => {
    expect(marks(['Учёные: Всероссийский научно-исследовательский институт автоматики (ВНИИА) открыл лабораторию.'])).toEqual([]);
  });
});

// Russia's leaders as many Ukrainian outlets write them, in lower case on purpose ("володимиру путіну").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { caseForms, cyrillicSpellings } from '../../lib/match/lower-case-leaders';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('leader', 'ZORVANOV, Vladimir Petrovich', 'person', true, { countries: ['Russia'], positions: ['President of the Russian Federation'] }),
  entity('minister', 'OREL, Sergei Ivanovich', 'person', true, { countries: ['Russia'], positions: ['Minister of Defense of the Russian Federation'] }),
  entity('plain', 'KOVAL, Roman Ivanovich', 'person', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a prominent listed person\'s given name and surname in lower case', () => {
  it('is the person, in any case the two words agree in', () => {
    expect(marks(['Санкції США проти росії: президент рф володимир зорванов заявив, що не боїться.'])).toEqual(['володимир зорванов:leader:sanctioned']);
    expect(marks(['Санкції США проти росії: він поступається лише президенту володимиру зорванову.'])).toEqual(['володимиру зорванову:leader:sanctioned']);
    expect(marks(['Санкции США против России: встреча с владимиром зорвановым.'])).toEqual(['владимиром зорвановым:leader:sanctioned']);
    expect(marks(['Санкції США проти росії: міністр оборони рф сергій орел сказав.'])).toEqual(['сергій орел:minister:sanctioned']);
  });

  it('is no one when the surname stands alone, the cases disagree, or the person holds no office', () => {
    expect(marks(['Санкції США проти росії: над горою кружляв орел.'])).toEqual([]);
    expect(marks(['Санкції США проти росії: книга сергія орел лежала на столі.'])).toEqual([]);
    expect(marks(['Санкції США проти росії: роман коваль лежав на столі.'])).toEqual([]);
  });
});

describe('the Cyrillic forms made from a Latin name', () => {
  it('spells a name in Russian and Ukrainian letters and declines it', () => {
    expect(cyrillicSpellings('putin')).toEqual(['путин', 'путін']);
    expect(caseForms('мішустін').map(([f]) => f)).toContain('мішустіним');
    expect(caseForms('сергіи').map(([f]) => f)).toContain('сергієм');
    expect(caseForms('шоигу')).toEqual([['шоигу', 127]]);
  });
});

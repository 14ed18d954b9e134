import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('duma', 'STATE DUMA OF THE FEDERAL ASSEMBLY OF THE RUSSIAN FEDERATION', 'organization', true, { countries: ['Russia'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a chamber without its parliament, and its Soviet-style compound', () => {
  it('reads "State Duma" of STATE DUMA OF THE FEDERAL ASSEMBLY OF THE RUSSIAN FEDERATION, with its evidence', () => {
    expect(marks('The US sanctioned the State Duma and 328 of its members, Russia said.')).toEqual(['State Duma:duma']);
  });

  it('reads Ukrainian Держдума, declined, as the State Duma in a sanctions story naming Russia', () => {
    expect(marks('Санкції США проти Росії торкнулися Держдуми та оборонних підприємств.')).toEqual(['Держдуми:duma']);
    expect(marks('Вчора Держдума ухвалила закон про паркування.')).toEqual([]);
  });

  it('reads the body\'s one word before its country in the genitive as no longer name: "Держдуми РФ", "Держдуми Росії"', () => {
    expect(marks('США ввели санкції проти оборонних підприємств і Держдуми РФ')).toEqual(['Держдуми:duma']);
    expect(marks('США ввели санкції проти депутатів Держдуми Росії.')).toEqual(['Держдуми:duma']);
    expect(marks('Вчора Держдума РФ ухвалила закон про паркування.')).toEqual([]);
  });
});

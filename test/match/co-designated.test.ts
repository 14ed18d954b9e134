import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

/** A person listed by OFAC on `day` (an ISO day), under `program`. */
const listed = (id: string, name: string, day: string, extra: Partial<Entity> = {}): Entity =>
  entity(id, name, 'person', true, { countries: ['Russia'], sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'UKRAINE-EO13661', status: 'active', listed: day }], ...extra });

const index = buildNameIndex([
  // Two listed men of one name; the first also under the short form of his name, which the page writes.
  listed('bogdanov-2021', 'BOGDANOV, Vladimir Mikhaylovich', '2021-08-20', { names: [{ name: 'BOGDANOV, Vladimir Mikhaylovich', type: 'primary' }, { name: 'BOGDANOV, Vladimir', type: 'aka' }] }),
  listed('bogdanov-2018', 'BOGDANOV, Vladimir Leonidovich', '2018-04-06'),
  listed('deripaska', 'DERIPASKA, Oleg Vladimirovich', '2018-04-06'),
  listed('vekselberg', 'VEKSELBERG, Viktor Feliksovich', '2018-04-06'),
  listed('navalny-case', 'KIRIYENKO, Sergei Vladilenovich', '2021-03-02'),
]);

const first = (blocks: string[], text: string) => scanPage(index, blocks).flat().find((m) => m.text === text);

describe('two listed people of one name, told apart by the page\'s other listed names', () => {
  it('puts first the one listed on the day the others the page names were listed on', () => {
    const page = ['The Treasury sanctioned seven oligarchs on Friday: Oleg Deripaska, Viktor Vekselberg and Vladimir Bogdanov, head of Surgutneftegas.'];
    expect(first(page, 'Vladimir Bogdanov')).toMatchObject({ entityId: 'bogdanov-2018', status: 'sanctioned', alternatives: ['bogdanov-2021'] });
  });

  it('leaves the ranking as it was where the others tell nothing', () => {
    expect(first(['The Treasury sanctioned Vladimir Bogdanov on Friday.'], 'Vladimir Bogdanov')?.entityId).toBe('bogdanov-2021');
    expect(first(['The Treasury sanctioned Sergei Kiriyenko and Vladimir Bogdanov.'], 'Vladimir Bogdanov')?.entityId).toBe('bogdanov-2021');
  });
});

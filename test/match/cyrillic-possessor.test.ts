import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('kadyrov', 'KADYROV, Ramzan Akhmatovich', 'person', true, ru),
  { ...entity('kadyrova', 'KADYROVA, Medni Musaevna', 'person', true, ru), names: [{ name: 'KADYROVA, Medni Musaevna', type: 'primary' }, { name: 'KADYROVA, Medny', type: 'aka' }] },
  entity('sechina', 'SECHINA, Marina', 'person', true, ru),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a man\'s surname in the genitive after a word of kinship', () => {
  it('reads "дружини Кадирова Медні" as Kadyrov\'s wife Medni, not as KADYROVA, Medni', () => {
    const page = ['США ввели нові санкції проти Кадирова та його сім’ї', 'Санкції проти Рамзана Кадирова стосуються також дружини Кадирова Медні та його дочок.'];
    expect(marks(page)).toEqual(['Кадирова:kadyrov', 'Рамзана Кадирова:kadyrov', 'Кадирова:kadyrov']);
  });

  it('does the same in Russian, and still finds the wife named in the other order elsewhere', () => {
    const page = ['Санкции против Рамзана Кадырова коснулись и жены Кадырова Медни.', 'В список попала Кадырова Медни.'];
    expect(marks(page)).toEqual(['Рамзана Кадырова:kadyrov', 'Кадырова:kadyrov', 'Кадырова Медни:kadyrova']);
  });

  it('leaves a relative\'s own common given name alone: "жена Марина Сечина"', () => {
    expect(marks(['Санкции США: его жена Марина Сечина.'])).toEqual(['Марина Сечина:sechina']);
  });
});

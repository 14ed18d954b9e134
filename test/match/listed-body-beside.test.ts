// A common given name with a surname of a common shape ("Андрей Трошев") is many people, but beside a listed body
// the person heads, or one the list links the person to, it is the listed one (issue #18: evidence belongs to the page).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const russian = (id: string, name: string, kind: Entity['kind'], extra: Partial<Entity> = {}): Entity => entity(id, name, kind, true, { countries: ['Russia'], ...extra });

// Modelled on the shipped dataset: OFAC's PMC WAGNER, TROSHEV (no link on the list; OFAC spells him Andrej), UTKIN
// linked to WAGNER.
const index = buildNameIndex([
  { ...russian('wagner', "PRIVATE MILITARY COMPANY 'WAGNER'", 'organization'), names: [{ name: "PRIVATE MILITARY COMPANY 'WAGNER'", type: 'primary' }, { name: 'PMC WAGNER', type: 'aka' }] },
  russian('troshev', 'TROSHEV, Andrey Nikolayevich', 'person'),
  russian('utkin', 'UTKIN, Dmitriy Valeryevich', 'person', { links: [{ relation: 'linked-to', name: "PRIVATE MILITARY COMPANY 'WAGNER'", id: 'wagner' }] }),
]);

const mention = (blocks: string[], text: string) => scanPage(index, blocks).flat().find((m) => m.text === text);

describe('a listed body beside a common name', () => {
  it('reads the Ukrainian ПВК as the listed PMC', () => {
    expect(mention(['Ввечері в авіакатастрофі загинув власник ПВК Вагнер Євгеній Пригожин.'], 'ПВК Вагнер')).toMatchObject({ entityId: 'wagner', status: 'sanctioned' });
  });

  it('confirms the head named after the listed body he heads, and the one the list links to it in the paragraph', () => {
    const page = ['Исполнительный директор ЧВК Вагнер Андрей Трошев прибыл в Москву. Вместе с ним был командир Дмитрий Уткин.'];
    expect(mention(page, 'Андрей Трошев')).toMatchObject({ entityId: 'troshev', status: 'sanctioned', reasons: ['listed-body'] });
    expect(mention(page, 'Дмитрий Уткин')).toMatchObject({ entityId: 'utkin', status: 'sanctioned', reasons: ['listed-body'] });
  });

  it('leaves a namesake who heads an unlisted body, or is named far from the linked body, possible', () => {
    expect(mention(['Андрей Трошев прибыл в Москву.'], 'Андрей Трошев')).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
    expect(mention(['Премьера прошла в театре, которым руководит директор театра Андрей Трошев.'], 'Андрей Трошев')).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
    const apart = ['Владелец ЧВК Вагнер дал интервью.', 'На концерте выступил певец Дмитрий Уткин.'];
    expect(mention(apart, 'Дмитрий Уткин')).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
  });
});

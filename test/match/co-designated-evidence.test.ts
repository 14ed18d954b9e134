// A common given name with a surname of a common shape ("Николай Панков") is many people, but named among others the
// page confirmed who were listed on the person's own day, it is the listed one: the page names those listed together.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

/** A Russian person listed by OFAC on `day` (an ISO day). */
const listed = (id: string, name: string, day: string): Entity =>
  entity(id, name, 'person', true, { countries: ['Russia'], sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'RUSSIA-EO14024', status: 'active', listed: day }] });

const index = buildNameIndex([
  listed('islamov', 'ISLAMOV, Dmitry Viktorovich', '2022-03-24'),
  listed('bortsov', 'BORTSOV, Nikolay Ivanovich', '2022-03-24'),
  listed('pankov', 'PANKOV, Nikolay Vasilyevich', '2022-03-24'),
  listed('kuzmin', 'KUZMIN, Mikhail Vladimirovich', '2023-05-19'),
  listed('ivanov', 'IVANOV, Sergei Borisovich', '2023-05-19'),
]);

const status = (blocks: string[], text: string) => scanPage(index, blocks).flat().find((m) => m.text === text);

describe('a common given name among others listed on the same day', () => {
  it('is the listed person', () => {
    const page = ['К аналогичному наказанию заочно приговорены депутаты Дмитрий Викторович Исламов, Николай Иванович Борцов и Николай Панков.'];
    expect(status(page, 'Николай Панков')).toMatchObject({ entityId: 'pankov', status: 'sanctioned', reasons: ['co-designated'] });
  });

  it('stays possible beside others listed on another day, or beside one alone', () => {
    const other = ['На встрече выступили Михаил Владимирович Кузьмин, Сергей Борисович Иванов и Николай Панков.'];
    expect(status(other, 'Николай Панков')).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
    const one = ['На встрече выступили Дмитрий Викторович Исламов и Николай Панков.'];
    expect(status(one, 'Николай Панков')).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
  });
});

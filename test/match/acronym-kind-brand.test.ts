import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  { ...entity('barl-like', 'JOINT STOCK COMPANY RESEARCH AND PRODUCTION CONCERN BARLO', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'JOINT STOCK COMPANY RESEARCH AND PRODUCTION CONCERN BARLO', type: 'primary' }, { name: 'AO NPK BARLO', type: 'aka' }] },
  { ...entity('vympel-like', 'PUBLIC JOINT STOCK COMPANY VYMPELO INTERSTATE CORPORATION', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'PUBLIC JOINT STOCK COMPANY VYMPELO INTERSTATE CORPORATION', type: 'primary' }, { name: 'JSC MAC VYMPELO', type: 'aka' }] },
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a brand in quotes after the acronym of its kind or a legal form', () => {
  it('reads "МАК «Вымпело»" as the listed JSC MAC VYMPELO: the Cyrillic К for the lists\' C', () => {
    expect(marks(['Санкции ЕС введены против российских компаний и директора МАК «Вымпело».'])).toEqual(['Вымпело:vympel-like']);
  });

  it('reads "АО «БАРЛО»" as AO NPK BARLO: a legal form in the acronym of kind\'s place', () => {
    expect(marks(['Минфин США ввел санкции против российских компаний, в частности АО «БАРЛО».'])).toEqual(['БАРЛО:barl-like']);
    expect(marks(['Санкції США проти російських компаній, зокрема ПАТ «БАРЛО».'])).toEqual(['БАРЛО:barl-like']);
  });

  it('needs the listed acronym or a legal form, the quotes, the firm\'s country and a sanctions story', () => {
    expect(marks(['Санкции ЕС введены против российских компаний и директора ФК «Вымпело».'])).toEqual([]);
    expect(marks(['Санкции ЕС введены против российских компаний и директора МАК Вымпело.'])).toEqual([]);
    expect(marks(['Санкции ЕС введены против компаний и директора МАК «Вымпело».'])).toEqual([]);
    expect(marks(['Директор российской МАК «Вымпело» выступил на выставке в Москве.'])).toEqual([]);
    expect(marks(['Минфин США ввел санкции против российских компаний, в частности АО «БАРЛО Групп».'])).toEqual([]);
  });
});

// A pipeline's, a stadium's, a festival's or a film's name after its word of kind ("нефтепровода «Дружба»") is the
// thing, not a listed firm that the same word names alone (DRUZHBA, AO); a declined brand there is the owner.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('druzhba', 'DRUZHBA, AO', 'organization', true, { countries: ['Russia'] }),
  entity('gazprom', 'PUBLIC JOINT STOCK COMPANY GAZPROM', 'organization', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a brand after a thing's word of kind", () => {
  it('is the pipeline, in Russian and Ukrainian', () => {
    expect(marks(['Санкции ЕС против России: запрещена транспортировка российской нефти по северной ветке нефтепровода «Дружба».'])).toEqual([]);
    expect(marks(['Санкції ЄС проти Росії: заборонено транспортування нафти нафтопроводом «Дружба».'])).toEqual([]);
  });

  it('leaves the firm after its own word of kind, and a declined brand after the thing (its owner)', () => {
    expect(marks(['Санкции ЕС против России: под санкции попало АО «Дружба».'])).toEqual(['Дружба:druzhba:sanctioned']);
    expect(marks(['Санкции США против России: под санкции попал газопровод «Газпрома».'])).toEqual(['Газпрома:gazprom:sanctioned']);
  });
});

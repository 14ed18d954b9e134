import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([...fixtureEntities, entity('bsb-like', 'JOINT STOCK COMPANY BLACK SEAS BANK OF DEVELOPMENT AND RECONSTRUCTION', 'organization', true, { countries: ['Ukraine'] })]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a body's own name in brackets after its translation", () => {
  it('is the body when its words begin the listed name ("(the Black Seas Bank)")', () => {
    expect(marks('Санкции Великобритании против Украины: Black Seas Bank of Development and Reconstruction (the Black Seas Bank) и другие.')).toEqual(['Black Seas Bank of Development and Reconstruction:bsb-like', 'Black Seas Bank:bsb-like']);
  });

  it('is nothing elsewhere, nor one word alone', () => {
    expect(marks('Санкции против Украины: the Black Seas Bank и другие.')).toEqual([]);
    expect(marks('Санкции Великобритании против Украины: Black Seas Bank of Development and Reconstruction (Black) и другие.')).toEqual(['Black Seas Bank of Development and Reconstruction:bsb-like']);
  });
});

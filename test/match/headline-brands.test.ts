// A firm's brand in a title-case headline, named in full in the text after it ("... Divest From Rusal, En+", then
// "United Company Rusal Plc"): the firm; a brand the text never names in full stays unmarked in such a headline.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const entities: Entity[] = [entity('rusal', 'UNITED COMPANY RUSAL PLC', 'organization', false, { countries: ['Russia'] })];
const index = buildNameIndex(entities);
const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a brand in a title-case headline', () => {
  it('is the firm the text then names in full', () => {
    expect(marks(['U.S. Extends Deadline for Investors to Divest From Rusal', 'The Treasury gave investors in United Company Rusal Plc more time to sell.'])).toEqual([
      'Rusal:rusal:delisted',
      'United Company Rusal Plc:rusal:delisted',
    ]);
  });

  it('is nothing when the text never names the firm in full', () => {
    expect(marks(['U.S. Extends Deadline for Investors to Divest From Rusal', 'The Treasury gave investors in Russia more time to sell.'])).toEqual([]);
  });
});

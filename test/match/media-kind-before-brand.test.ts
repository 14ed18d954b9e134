// A media outlet's brand after its word of kind ("телеканал «Звезда»") is the outlet, not a listed firm that the same
// word names alone (PAO ZVEZDA, the engine maker).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('zvezda', 'PAO ZVEZDA', 'organization', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a brand after a media outlet's word of kind", () => {
  it('is the outlet, in Russian and Ukrainian, in quotes or not', () => {
    expect(marks(['В санкционный список Канады попал пропагандистский телеканал «Звезда» министерства обороны России.'])).toEqual([]);
    expect(marks(['Під санкції Канади потрапив телеканал "Звєзда", що належить міністерству оборони Росії.'])).toEqual([]);
    expect(marks(['Санкції Канади зачепили газету Звезда в Росії.'])).toEqual([]);
  });

  it('leaves the firm found after its own word of kind or alone', () => {
    expect(marks(['США ввели санкции против российского завода «Звезда» в России.'])).toEqual(['Звезда:zvezda:sanctioned']);
    expect(marks(['США ввели санкции против ПАО «Звезда».'])).toEqual(['ПАО «Звезда:zvezda:sanctioned']);
  });
});

// A country's word is a context word, never a name's, except where the page quotes it as a body's name after that
// body's word of kind: "банку «Россия»", and a channel's or a paper's, "на телеканалі «Росія 1»" (TELEVISION STATION
// RUSSIA-1, a.k.a. ROSSIYA-1), read from Russian and Ukrainian alike (quoted-names.ts bankNameInQuotes).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe("a channel's quoted name that begins with a country's word", () => {
  const channel = {
    ...entity('russia1', 'TELEVISION STATION RUSSIA-1', 'organization', true, { countries: ['Russia'] }),
    names: [{ name: 'TELEVISION STATION RUSSIA-1', type: 'primary' as const }, { name: 'RUSSIA-1', type: 'aka' as const }, { name: 'ROSSIYA-1', type: 'aka' as const }],
  };
  const index = buildNameIndex([...fixtureEntities.filter((e) => e.id !== 'ofac-37196'), channel]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed channel after "телеканал" in Ukrainian and Russian', () => {
    expect(marks('Дискусія виникла в ефірі програми "60 хвилин" на телеканалі "Росія 1".')).toEqual(['Росія 1:russia1:sanctioned']);
    expect(marks('Об этом заявила ведущая телеканала «Россия-1».')).toEqual(['Россия-1:russia1:sanctioned']);
  });

  it('leaves the country a country elsewhere', () => {
    expect(marks('Россия 1 сентября открыла школы.')).toEqual([]);
    expect(marks('Газета «Россия» вышла в понедельник.')).toEqual([]);
  });
});

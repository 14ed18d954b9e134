// A Russian adjective that begins a firm's name is no listed person's adjectival surname alone.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([...fixtureEntities, entity('moskovsky', 'MOSKOVSKY, Alexander Aleksandrovich', 'person', true, { countries: ['Russia'] })]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'Минфин США ввел санкции против России, активы заморожены, санкции вступают в силу.';

describe('an adjectival surname alone', () => {
  it('before a lower-case adjective or a word of kind is the adjective of a firm\'s name', () => {
    expect(marks(`${story} Под санкции попал Московский кредитный банк.`)).toEqual([]);
    expect(marks(`${story} Под санкции попал Московский банк.`)).toEqual([]);
  });

  it('before the noun of a region is the region\'s adjective (teletype.in: "Из Ростовской области"; Ukrainian too)', () => {
    expect(marks(`${story} Из Московской области: актер Сергей Жигунов.`)).toEqual([]);
    expect(marks(`${story} Санкции затронули жителей Московского края и Московского района.`)).toEqual([]);
    expect(marks(`${story} Серед них мешканці Московської області.`)).toEqual([]);
  });

  it('before a verb is still the listed person\'s surname', () => {
    expect(marks(`${story} Московский заявил, что оспорит санкции.`)).toEqual(['Московский:moskovsky:sanctioned']);
  });
});

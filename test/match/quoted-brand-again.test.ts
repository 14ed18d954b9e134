import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([...fixtureEntities, entity('terek-like', 'TEREKS SPECIAL RAPID RESPONSE TEAM', 'organization', true, { countries: ['Russia'] })]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a brand in quotes again', () => {
  it('names the body the page named before by its brand, declined too ("«Терека»")', () => {
    expect(marks('США ввели санкции против России: в список попал командир отряда «Терекс».', 'Посольство заявило, что санкции осложнят работу «Терекс».')).toEqual(['Терекс:terek-like', 'Терекс:terek-like']);
    expect(marks('США ввели санкции против России: в список попал командир отряда «Терекс».', 'Посольство заявило, что санкции осложнят работу «Терекса».')).toEqual(['Терекс:terek-like', 'Терекса:terek-like']);
  });

  it('is nothing before the page named the body, or outside quotes', () => {
    expect(marks('Посольство заявило, что санкции против России осложнят работу «Терекс».')).toEqual([]);
    expect(marks('США ввели санкции против России: в список попал командир отряда «Терекс».', 'Работу Терекс осложнят санкции.')).toEqual(['Терекс:terek-like']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([...fixtureEntities, entity('skeptik-like', 'SKEPTIKO TOV', 'organization', true, { countries: ['Ukraine'] })]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a Ukrainian firm listed with its legal form after the name (TOV)', () => {
  it('is found without it, as any firm is, with a brand’s evidence', () => {
    expect(marks('Санкції США проти України: ТОВ "Скептико" та інші.')).toEqual(['Скептико:skeptik-like']);
    expect(marks('US sanctions on Ukraine named Skeptiko and others.')).toEqual(['Skeptiko:skeptik-like']);
  });

  it('needs the evidence a brand needs', () => {
    expect(marks('Вчора Скептико відкрив новий офіс.')).toEqual([]);
  });
});

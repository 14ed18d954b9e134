import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// A made-up firm whose list name transliterates the Russian "и" as a word of its own (OFAC writes KONKORD
// MENEDZHMENT I KONSALTING so), as Russian news writes it: sentence case in quotes, or each word capitalised.
const firm = entity('kmk', 'LIMITED LIABILITY COMPANY CONCORDIA MANAGEMENT AND CONSULTING', 'organization', true, { countries: ['Russia'] });
firm.names.push({ name: 'KONKORDIA MENEDZHMENT I KONSALTING, OOO', type: 'aka' });
const index = buildNameIndex([firm]);
const found = (text: string) => scanText(index, text).map((m) => m.text);

describe('"и" inside a Cyrillic firm name the list writes with I', () => {
  it('is the name\'s connector, in quotes and in title case', () => {
    expect(found('США ввели санкции против России: компании «Конкордиа менеджмент и консалтинг».')).toEqual(['Конкордиа менеджмент и консалтинг']);
    expect(found('США ввели санкции против России: Конкордиа Менеджмент и Консалтинг.')).toEqual(['Конкордиа Менеджмент и Консалтинг']);
  });
});

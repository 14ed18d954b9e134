import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

describe('a listed firm whose name a longer quoted name begins', () => {
  const firms = buildNameIndex([
    entity('gpn', 'GAZPROM NEFT', 'organization', true, { countries: ['Russia'] }),
    entity('gp', 'GAZPROM', 'organization', true, { countries: ['Russia'] }),
    entity('vtb', 'VTB', 'organization', true, { countries: ['Russia'] }),
  ]);
  const marks = (text: string) => scanText(firms, text).map((m) => `${m.text}=${m.entityId}`);

  it('is not marked inside a quote that goes on with a capitalised word (another firm)', () => {
    expect(marks('США ввели санкции против российских компаний «Газпром нефть Азия» и «Газпром нефть».')).toEqual(['Газпром нефть=gpn']);
    expect(marks('США ввели санкции против российских компаний "Газпром нефть Азия".')).toEqual([]);
  });

  it('is marked after a pair of straight quotes closed before it', () => {
    expect(marks('Санкции США против России: глава "Газпрома" Алексей, глава ВТБ Андрей.')).toEqual(['Газпрома=gp', 'ВТБ=vtb']);
  });
});

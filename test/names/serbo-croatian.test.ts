// Serbo-Croatian "đ" on the page where the lists write "dj".
import { describe, expect, it } from 'vitest';
import { djAsD } from '../../lib/names/serbo-croatian';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from '../match/fixtures';

describe('a listed "dj" of a Balkan entity', () => {
  it('is also written "d", as the page fold reads "đ"', () => {
    expect(djAsD('VULOVIC, Srdjan Milivoje', ['Serbia'])).toBe('VULOVIC, Srdan Milivoje');
    expect(djAsD('DJURIC, Djordje', ['Kosovo'])).toBe('DURIC, Dorde');
  });

  it('only for an entity of a country that writes the letter, and a name that has it', () => {
    expect(djAsD('DJAMEL, Abdelkader', ['Algeria'])).toBeUndefined();
    expect(djAsD('MAROVIC, Svetozar', ['Serbia'])).toBeUndefined();
  });

  it('finds "Srđan Vulović" and "Đorđe Đurić" for the lists\' Srdjan and Djordje', () => {
    const index = buildNameIndex([
      entity('srdjan-like', 'VULOVICH, Srdjan Milivoje', 'person', true, { countries: ['Serbia'] }),
      entity('djordje-like', 'DJURICH, Djordje', 'person', true, { countries: ['Kosovo'] }),
    ]);
    const marks = scanText(index, 'The Treasury sanctioned Srđan Vulovich and Đorđe Đurich, two Kosovo Serbs.').map((m) => `${m.text}=${m.entityId}`);
    expect(marks).toEqual(['Srđan Vulovich=srdjan-like', 'Đorđe Đurich=djordje-like']);
  });
});

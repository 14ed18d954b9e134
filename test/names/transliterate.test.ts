import { describe, expect, it } from 'vitest';
import { skeleton } from '../../lib/names/transliterate';

describe('skeleton', () => {
  it.each([
    ['sergey', 'sergei'],
    ['alexey', 'aleksey'],
    ['aleksey', 'alexei'],
    ['kirienko', 'kiriyenko'],
    ['lukashenko', 'lukashenka'],
    ['kiumars', 'kiyumars'],
    ['mohammed', 'mohamed'],
  ])('joins the transliterations %s and %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it('keeps different names apart', () => {
    expect(skeleton('maria')).not.toBe(skeleton('mario'));
    expect(skeleton('maduro')).not.toBe(skeleton('moros'));
  });
});

// A right-to-left name in a left-to-right sentence is isolated; other scripts are left alone.
import { describe, expect, it } from 'vitest';
import { isolate } from '../../lib/i18n/bidi';

describe('isolate', () => {
  it('wraps Arabic and Persian names in a first-strong isolate, and nothing else', () => {
    expect(isolate('محمد عبد الكريم الغماري')).toBe('\u2068محمد عبد الكريم الغماري\u2069');
    expect(isolate('Владимира Путина')).toBe('Владимира Путина');
    expect(isolate('Jose Gonzalez')).toBe('Jose Gonzalez');
  });
});

import { describe, expect, it } from 'vitest';
import { buildLexicon, lexText, PageTokens } from '../../lib/names/lexicon';
import { isTranslationConnector, mayBeTranslationConnector } from '../../lib/names/translated-words';

describe('mayBeTranslationConnector', () => {
  it('passes the lexer hash of every connector, in any case, so that the gate never hides one', () => {
    const text = 'of The AND for de DEL la El los Las y e Para и І та З по для';
    const tokens = new PageTokens();
    lexText(buildLexicon([]), text, tokens);
    expect(tokens.count).toBe(19);
    for (let k = 0; k < tokens.count; k++) {
      const word = text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase();
      expect(isTranslationConnector(word)).toBe(true);
      expect(mayBeTranslationConnector(tokens.hashes[k])).toBe(true);
    }
  });
});

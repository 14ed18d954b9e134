// Folding a name or a page's text to comparable tokens, keeping each token's place in the original.

export interface Token {
  /** Folded form: lower case, no accents, letters and digits only. */
  key: string;
  /** Offsets into the original string (JavaScript string indices). */
  start: number;
  end: number;
}

const MARKS = /[\u0300-\u036f]/g;
// Letters without a decomposition that news text still writes with Latin look-alikes.
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Folds one word: decomposes, drops combining marks, lower-cases. */
export function foldWord(word: string): string {
  let out = word.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (/[ßæœøđłıþ]/.test(out)) out = out.replace(/[ßæœøđłıþ]/g, (c) => SPECIAL[c] ?? c);
  return out;
}

const WORD = /[\p{L}\p{N}\u00AD\u200B-\u200D\u2060]+(?:['’\-.][\p{L}\p{N}\u00AD\u200B-\u200D\u2060]+)*/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

/**
 * Splits text into folded word tokens. Possessives ("Maduro's") lose their "'s"; soft hyphens and
 * zero-width characters inside a word are ignored; a hyphenated word is one token with the hyphen removed
 * only when the parts are joined letters ("al-Assad" gives "al" and "assad" as two tokens).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    let end = start + raw.length;
    const possessive = /['’]s$/i.exec(raw);
    if (possessive) {
      raw = raw.slice(0, -2);
      end -= 2;
    }
    // Split on hyphens, dots and inner apostrophes so "al-Assad", "J.P." and "O'Neil" tokenise alike on page and list.
    let offset = start;
    for (const part of raw.split(/(['’\-.])/)) {
      if (part && !/^['’\-.]$/.test(part)) {
        const key = foldWord(part.replace(INVISIBLE, ''));
        if (key) tokens.push({ key, start: offset, end: offset + part.length });
      }
      offset += part.length;
    }
    void end;
  }
  return tokens;
}

/** The folded key of a whole name: its tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

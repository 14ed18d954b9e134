// Tolerance for misspelt words in popup search, on folded tokens (lib/names/normalize foldWord): bounded edit
// distances, whole-word and prefix. Differently transliterated words are joined by consonantSkeleton
// (lib/names/transliterate.ts), beside the page scan's skeleton.

/** How many edits a query word of this length may be from a listed word. Short words get none: too many neighbours. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/** One bit for each letter a-z present, and one for "anything else": a cheap necessary test before the edit distance. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return mask;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps) between a and b,
 * or `limit + 1` as soon as it is known to exceed `limit`. Rows are reused: no allocation per call.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] > limit ? limit + 1 : prev[n];
}

/**
 * The fewest edits that turn `q` into some beginning of `word` ("kirien" is one edit from "kiriyen", the start of
 * "kiriyenko"), or `limit + 1` when it is more: what a misspelt word still being typed is from a listed one.
 */
export function prefixDistance(q: string, word: string, limit: number): number {
  const m = q.length;
  const n = Math.min(word.length, m + limit);
  if (n < m - limit) return limit + 1;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let best = i;
    const c = q.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c === word.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = limit + 1;
  for (let j = Math.max(0, m - limit); j <= n; j++) best = Math.min(best, prev[j]);
  return best;
}

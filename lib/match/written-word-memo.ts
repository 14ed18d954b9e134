// A memo of page words, keyed by a token's place in its text and the hash the page lexer already made of it
// (PageTokens.hashes): finding a word met before makes no string, where a Map keyed by the word would slice it
// out of the text and hash it again at every token.

/**
 * Values by the word as written (each entry keeps it, so a hash two words share is told apart); forgets everything
 * once it holds `limit` entries, as page words are unbounded.
 */
export class WrittenWordMemo<V> {
  /** Open addressing, two numbers a slot: entry number + 1 (0: empty) and its hash; probed from the hash on. */
  private slots = new Int32Array(2048);
  private words: string[] = [];
  private values: V[] = [];

  constructor(private readonly limit: number) {}

  /** The value of text[start, end), whose lexer hash is `hash`; undefined when not kept. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot << 1] - 1;
      if (e < 0) return undefined;
      if (slots[(slot << 1) + 1] === hash && sameText(this.words[e], text, start, end)) return this.values[e];
    }
  }

  /** Keeps `value` for `word`, the text a token of hash `hash` covers. */
  set(word: string, hash: number, value: V): void {
    if (this.words.length >= this.limit) this.clear();
    // Slots at most half full.
    if ((this.words.length + 1) * 4 > this.slots.length) this.grow();
    const e = this.words.length;
    this.words.push(word);
    this.values.push(value);
    place(this.slots, e, hash);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) place(this.slots, old[k] - 1, old[k + 1]);
  }

  private clear(): void {
    this.slots.fill(0);
    this.words = [];
    this.values = [];
  }
}

function place(slots: Int32Array, e: number, hash: number): void {
  const mask = (slots.length >> 1) - 1;
  let slot = hash & mask;
  while (slots[slot << 1] !== 0) slot = (slot + 1) & mask;
  slots[slot << 1] = e + 1;
  slots[(slot << 1) + 1] = hash;
}

/** Whether text[start, end) is `word` (a loop: these words are short, and startsWith costs more than it reads). */
function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

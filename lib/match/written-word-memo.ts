// A memo of page words, keyed by a token's place in its text and the hash the page lexer already made of it
// (PageTokens.hashes): finding a word met before makes no string, where a Map keyed by the word would slice it
// out of the text and hash it again at every token.

/**
 * A number and a value by the word as written (each entry keeps its letters, so a hash two words share is told
 * apart); forgets everything once it holds `limit` entries, as page words are unbounded. The number sits in the
 * word's slot: a caller that needs only it reads no more than the slot and the letters.
 */
export class WrittenWordMemo<V> {
  /**
   * Open addressing, four numbers a slot: entry number + 1 (0: empty), its hash, where its letters begin in `chars`
   * (low 24 bits) and how many (high 8), and its number.
   */
  private slots = new Int32Array(4096);
  private chars = new Uint16Array(4096);
  private used = 0;
  private values: V[] = [];

  constructor(private readonly limit: number) {}

  /** Where text[start, end), whose lexer hash is `hash`, is kept (for numberAt, valueAt), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const n = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      if (slots[at] === 0) return -1;
      const place = slots[at + 2];
      if (slots[at + 1] === hash && place >>> 24 === n && sameText(this.chars, place & 0xffffff, text, start, n)) return at;
    }
  }

  /** The number kept with the word found at `at`. */
  numberAt(at: number): number {
    return this.slots[at + 3];
  }

  /** The value kept with the word found at `at`. */
  valueAt(at: number): V {
    return this.values[this.slots[at] - 1];
  }

  /** The value of text[start, end), whose lexer hash is `hash`; undefined when not kept. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const at = this.find(text, start, end, hash);
    return at < 0 ? undefined : this.valueAt(at);
  }

  /** Keeps `number` and `value` for `word`, the text a token of hash `hash` covers (not a word of 256 units or more). */
  set(word: string, hash: number, value: V, number = 0): void {
    if (word.length > 255) return;
    if (this.values.length >= this.limit || this.used + word.length > 0xffffff) this.clear();
    // Slots at most half full.
    if ((this.values.length + 1) * 8 > this.slots.length) this.grow();
    if (this.used + word.length > this.chars.length) {
      const more = new Uint16Array(Math.max(this.chars.length * 2, this.used + word.length));
      more.set(this.chars);
      this.chars = more;
    }
    const from = this.used;
    for (let k = 0; k < word.length; k++) this.chars[from + k] = word.charCodeAt(k);
    this.used += word.length;
    const e = this.values.length;
    this.values.push(value);
    place(this.slots, e, hash, from | (word.length << 24), number);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 4) if (old[k] !== 0) place(this.slots, old[k] - 1, old[k + 1], old[k + 2], old[k + 3]);
  }

  private clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.values = [];
  }
}

function place(slots: Int32Array, e: number, hash: number, where: number, number: number): void {
  const mask = (slots.length >> 2) - 1;
  let slot = hash & mask;
  while (slots[slot << 2] !== 0) slot = (slot + 1) & mask;
  const at = slot << 2;
  slots[at] = e + 1;
  slots[at + 1] = hash;
  slots[at + 2] = where;
  slots[at + 3] = number;
}

/** Whether text[start, start + n) is the n letters kept from `from` on. */
function sameText(chars: Uint16Array, from: number, text: string, start: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (chars[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

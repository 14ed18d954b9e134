// A set of skeleton numbers as bits, eight to a byte. Rules asked of every capitalised word whether its skeleton is
// in a sparse per-index table (a head of state's surname, a rare surname's one owner) read these few kilobytes,
// which stay in the cache, before the table itself: an Int32Array over every skeleton missed the cache on most words.

/** The skeletons 0..count-1 for which `has` is true, as bits. */
export function skeletonBits(count: number, has: (sk: number) => boolean): Uint8Array {
  const bits = new Uint8Array((count >> 3) + 1);
  for (let sk = 0; sk < count; sk++) if (has(sk)) bits[sk >> 3] |= 1 << (sk & 7);
  return bits;
}

/** Whether skeleton sk (>= 0) is in the set. */
export function hasSkeletonBit(bits: Uint8Array, sk: number): boolean {
  return (bits[sk >> 3] & (1 << (sk & 7))) !== 0;
}

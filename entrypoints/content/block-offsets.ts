// Pure arithmetic over a text block: which of its text nodes holds a character offset, and which changed
// subtrees need a rescan. No DOM here, so it is tested in Node.

/**
 * The index of the segment holding `offset`, given `count` segments whose first offsets `startAt(i)` ascend.
 * An offset on a boundary belongs to the next segment, or, for the end of a range (`preferEnd`), to the previous.
 */
export function segmentAt(count: number, startAt: (i: number) => number, offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = count - 1;
  // The last segment whose start is <= offset (or < offset for an end): binary search, blocks can be long.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = startAt(mid);
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Keeps only the outermost of `nodes`: those with no ancestor (by `parentOf`) also in the set. Linear in the
 * nodes times their depth, so a page that changes thousands of places at once costs little.
 */
export function outermost<T>(nodes: Iterable<T>, parentOf: (node: T) => T | null): T[] {
  const set = new Set(nodes);
  const kept: T[] = [];
  for (const node of set) {
    let up = parentOf(node);
    while (up !== null && !set.has(up)) up = parentOf(up);
    if (up === null) kept.push(node);
  }
  return kept;
}

// Where each of many consecutive runs starts in a flat array (a state's outputs, an entity's surnames), kept
// as one small length per run and a running total every 32 runs: one or two bytes a run instead of four.

export interface Runs {
  lengths: Uint8Array | Uint16Array;
  /** totals[k]: the sum of the lengths of runs 0 .. 32k-1. */
  totals: Int32Array;
}

/** Runs from their start offsets (starts.length = runs + 1); `wide` allows runs longer than 255. */
export function runsFromStarts(starts: ArrayLike<number>, wide: boolean): Runs {
  const n = starts.length - 1;
  const lengths = wide ? new Uint16Array(n) : new Uint8Array(n);
  const max = wide ? 0xffff : 0xff;
  const totals = new Int32Array((n >> 5) + 2);
  for (let i = 0; i < n; i++) {
    const len = starts[i + 1] - starts[i];
    if (len > max) throw new Error(`A run of ${len} is longer than ${max}`);
    lengths[i] = len;
    if ((i & 31) === 0) totals[i >> 5] = starts[i];
  }
  totals[(n >> 5) + 1] = starts[n];
  if ((n & 31) === 0) totals[n >> 5] = starts[n];
  return { lengths, totals };
}

export function runStart(r: Runs, i: number): number {
  const g = i >> 5;
  // From the nearer running total: forwards from this group's, or back from the next group's (the last group's
  // next total is the sum of all runs), so at most 16 lengths are read.
  if ((i & 31) < 16) {
    let sum = r.totals[g];
    for (let k = i & ~31; k < i; k++) sum += r.lengths[k];
    return sum;
  }
  let sum = r.totals[g + 1];
  const end = Math.min((g + 1) << 5, r.lengths.length);
  for (let k = i; k < end; k++) sum -= r.lengths[k];
  return sum;
}

export function runsBytes(r: Runs): number {
  return r.lengths.byteLength + r.totals.byteLength;
}

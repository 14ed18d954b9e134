// How often the publishers' record loops yield (lib/stepwise.ts). runInSlices groups steps into slices of about
// 15 ms by the clock, so a step must be small whatever a record costs: with a hundred records a step, one step of
// the compose (the curated file's visit, the merge's name counts) was 80-130 ms of a worker task in a trace of a
// check, while pages' lookups waited behind it. Eight records a step keep the slices near 15 ms.

/** Whether the loop over records should yield after record `i`. */
export function stepEndsAt(i: number): boolean {
  return (i & 7) === 7;
}

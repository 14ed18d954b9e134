// npx tsx scripts/measure-steps.ts [--runs 3]
// The longest uninterrupted stretch of each stepwise build the worker runs after a check installs a version (the name
// index, the search index), over the shipped dataset, in Node: the time between two yields is what a page's lookup
// may wait for in the worker, whatever runInSlices' slice. Timed in CPU time (process.cpuUsage) beside wall time, so
// a loaded machine (other processes taking the cores) does not pass for a long step.
import { parseArgs } from 'node:util';
import { nameIndexSteps } from '../lib/match/build-name-index';
import { searchIndexSteps } from '../lib/search/search-index';
import type { Steps } from '../lib/stepwise';
import { DEFAULT_DATASET, loadDataset } from './dataset-files';
import { machineLoad } from './lookup-stream';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const { entities } = loadDataset(DEFAULT_DATASET);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Steps run to the end; the longest step's CPU and wall ms and its number, the total, and the number of steps. */
function longestStep<T>(steps: Steps<T>): { cpu: number; wall: number; total: number; count: number; at: number } {
  let longest = { cpu: 0, wall: 0, at: 0 };
  let count = 0;
  const start = cpuMs();
  for (;;) {
    const c = cpuMs();
    const w = performance.now();
    const next = steps.next();
    const step = { cpu: cpuMs() - c, wall: performance.now() - w, at: count + 1 };
    count++;
    if (step.cpu > longest.cpu) longest = step;
    if (next.done) return { ...longest, total: cpuMs() - start, count };
  }
}

console.log(`${entities.length} entities (the shipped dataset); machine ${machineLoad()}`);
for (let run = 1; run <= Number(args.runs); run++) {
  for (const [label, build] of [['name index', () => nameIndexSteps(entities)], ['search index', () => searchIndexSteps(entities)]] as const) {
    const r = longestStep(build() as Steps<unknown>);
    console.log(`  run ${run} ${label.padEnd(12)}: ${r.count} steps, ${r.total.toFixed(0)} ms CPU in all; longest step (no. ${r.at}) ${r.cpu.toFixed(0)} ms CPU (${r.wall.toFixed(0)} ms wall)`);
  }
}

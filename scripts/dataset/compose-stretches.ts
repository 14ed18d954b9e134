// npx tsx scripts/dataset/compose-stretches.ts [--runs N]
// The longest uninterrupted stretches of the worker's compose (lib/sync/publishers/compose.ts, one step between two
// yields) when a new UN publication (../shared/data's file) is installed over the shipped dataset: a worker cannot
// answer a page during a step, so the longest step bounds the lookups' latency during a check. CPU milliseconds of
// this process (the machine is shared; wall time counts the other work on it too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import type { Entity } from '../../lib/dataset/format';
import { parseUnXml } from '../../lib/dataset/un';
import { composeSteps } from '../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';
import { DEFAULT_DATASET, loadDataset, SHARED } from '../dataset-files';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const shipped = (): Entity[] => loadDataset(DEFAULT_DATASET).entities;
const unXml = gunzipSync(readFileSync(join(SHARED, 'data/un/UN_consolidated_2026-02-27.xml.gz'))).toString('utf8');

for (let run = 0; run < Number(args.runs); run++) {
  const base = shipped();
  const un = parseUnXml(unXml, 'un.xml').records;
  const gen = composeSteps(base, [{
    source: PUBLISHER_SOURCES.un, entities: un, publishedAt: '2026-03-01T00:00:00.000Z', installedAt: '2026-02-27T00:00:09.554Z', confirmed: false, namesComparable: false,
  }], []);
  const steps: number[] = [];
  let total = 0;
  for (;;) {
    const t = cpuMs();
    const next = gen.next();
    const ms = cpuMs() - t;
    steps.push(ms);
    total += ms;
    if (next.done) break;
  }
  const sorted = [...steps].sort((a, b) => b - a);
  console.log(`run ${run + 1}: ${steps.length} steps, total ${total.toFixed(0)} ms CPU; longest ${sorted.slice(0, 5).map((x) => x.toFixed(0)).join(', ')} ms (step ${steps.indexOf(sorted[0])}); load ${loadavg()[0].toFixed(1)}`);
}

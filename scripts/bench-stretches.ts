// npm run bench:stretches -- [--engine DIR] [--generated N] [--builds N]
// (CPU milliseconds throughout; GC pauses in wall time.)
// The longest uninterrupted stretches of an index build as the worker runs it (nameIndexSteps, one step between two
// yields), and what the first page scans after it pay on top of later ones (tables built on first use): a worker
// that builds in slices (lib/stepwise.ts) cannot answer a page during a step, so its longest step bounds the lookups'
// latency during a build, and the first scan's extra is paid by the first page after an install. DIR's lib/match is
// bundled with esbuild as the extension bundles it (default: this tree), so two trees can be run one after the other.
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/dataset/format';
import { corpusPages } from './bench-against';
import { loadEntities, ROOT } from './dataset-files';
import { generatedEntities } from './generate-names';

interface Engine {
  nameIndexSteps(entities: Entity[]): Generator<void, unknown, void>;
  createPageContext(): unknown;
  scanPage(index: unknown, texts: readonly string[], context: unknown): unknown[][];
}

async function loadEngine(root: string): Promise<Engine> {
  const outfile = join(ROOT, '.output', 'bench-stretches-engine.mjs');
  await build({ entryPoints: [join(root, 'lib/match/scan.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href + `?${Date.now()}`)) as Engine;
}

/** CPU milliseconds of this process: the machine is shared, and wall time counts the other work on it too. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs the build step by step; returns the index and each step's CPU milliseconds. */
function steppedBuild(engine: Engine, entities: Entity[]): { index: unknown; steps: number[] } {
  const gen = engine.nameIndexSteps(entities);
  const steps: number[] = [];
  for (;;) {
    const t0 = cpuMs();
    const next = gen.next();
    steps.push(cpuMs() - t0);
    if (next.done) return { index: next.value, steps };
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  let dir = ROOT;
  let generated = 0;
  let builds = 3;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--engine') dir = resolve(argv[++i]);
    else if (argv[i] === '--generated') generated = Number(argv[++i]);
    else if (argv[i] === '--builds') builds = Number(argv[++i]);
  }
  const engine = await loadEngine(dir);
  const { entities: real, source } = loadEntities(undefined);
  const entities = generated > 0 ? generatedEntities(real, generated) : real;
  const pages = corpusPages(['en', 'es', 'ar', 'ru', 'uk']).map((p) => p.blocks);
  console.log(`engine ${dir}; ${generated > 0 ? `${generated.toLocaleString('en')} generated names` : source} (${entities.length} entities); ${pages.length} tuning pages; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  let gcMax = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMax = Math.max(gcMax, e.duration);
  });
  obs.observe({ entryTypes: ['gc'] });
  for (let b = 0; b < builds; b++) {
    gcMax = 0;
    const { index, steps } = steppedBuild(engine, entities);
    const total = steps.reduce((a, x) => a + x, 0);
    const order = steps.map((x, k) => [x, k] as const).sort((a, c) => c[0] - a[0]);
    const over = (limit: number) => steps.filter((x) => x > limit).length;
    // The first pass over the pages pays the tables built on first use; the second is the steady cost.
    const passes = [0, 1].map(() => {
      const t0 = cpuMs();
      let longest = 0;
      for (const p of pages) {
        const s0 = cpuMs();
        engine.scanPage(index, p, engine.createPageContext());
        longest = Math.max(longest, cpuMs() - s0);
      }
      return { all: cpuMs() - t0, longest };
    });
    await new Promise((r) => setTimeout(r, 20));
    console.log(
      `build ${b + 1}: ${ms(total)} in ${steps.length} steps; longest ${order
        .slice(0, 5)
        .map(([x, k]) => `${ms(x)} (step ${k})`)
        .join(', ')}; steps over 15 ms: ${over(15)}, over 50 ms: ${over(50)}; longest GC pause ${ms(gcMax)}`,
    );
    console.log(`  first pass over the pages ${ms(passes[0].all)} (longest page ${ms(passes[0].longest)}), second ${ms(passes[1].all)} (longest ${ms(passes[1].longest)}): first-use extra ${ms(passes[0].all - passes[1].all)}`);
  }
  obs.disconnect();
}

await main(process.argv.slice(2));

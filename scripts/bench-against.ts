// npm run bench -- --against DIR [--rounds N] [--builds N] [--generated N]
// This engine against another source tree's (a worktree at an older commit), in one process, on the same entities
// and pages: each tree's lib/match is bundled with esbuild as the extension's build bundles it, and the two take
// turns, index builds and scan rounds alike, so that the other work on a shared machine falls on both alike. Each
// figure is the median of its repetitions, in CPU time; the ratio is the median of the paired rounds' ratios.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/dataset/format';
import { ROOT } from './dataset-files';
import { readPage } from './page-text';

/** What the bench needs of an engine: the public API of lib/match/scan.ts. */
interface Engine {
  label: string;
  buildNameIndex(entities: Entity[]): unknown;
  createPageContext(): unknown;
  scanPage(index: unknown, texts: readonly string[], context: unknown): unknown[][];
}

export interface Page {
  blocks: string[];
  bytes: number;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The JavaScript heap and the typed arrays' buffers, which live outside it. */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Bundles a tree's lib/match/scan.ts as the extension's build would; returns the bundle's path. */
async function bundleEngine(root: string, label: string): Promise<string> {
  const outfile = join(ROOT, '.output', `bench-engine-${label}.mjs`);
  await build({ entryPoints: [join(root, 'lib/match/scan.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return outfile;
}

async function importEngine(outfile: string, label: string): Promise<Engine> {
  const m = (await import(pathToFileURL(outfile).href + `?${Date.now()}`)) as Omit<Engine, 'label'>;
  return { label, buildNameIndex: m.buildNameIndex, createPageContext: m.createPageContext, scanPage: m.scanPage };
}

async function loadEngine(root: string, label: string): Promise<Engine> {
  return importEngine(await bundleEngine(root, label), label);
}

/** The news corpus's tuning pages in one script, by file prefix (only speed is measured on them). */
export function corpusPages(prefixes: string[]): Page[] {
  const dir = join(ROOT, 'test/corpus/news');
  const pages: Page[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt') || !prefixes.some((p) => f.startsWith(p + '-'))) continue;
    const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { half?: string };
    if (meta.half !== 'tuning') continue;
    const p = readPage(join(dir, f));
    pages.push({ blocks: p.blocks.map((b) => b.text), bytes: Buffer.byteLength(p.text, 'utf8') });
  }
  return pages;
}

/** CPU and garbage-collection milliseconds of one index build, from a collected heap. */
async function timedBuild(engine: Engine, entities: Entity[]): Promise<{ index: unknown; cpu: number; gcMs: number; heap: number }> {
  gc?.();
  gc?.();
  const heap0 = heapBytes();
  let gcMs = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  const t0 = cpuMs();
  const index = engine.buildNameIndex(entities);
  const cpu = cpuMs() - t0;
  // GC entries arrive on a later turn of the event loop.
  await new Promise((r) => setTimeout(r, 20));
  obs.disconnect();
  gc?.();
  const heap = heapBytes() - heap0;
  return { index, cpu, gcMs, heap };
}

function scanRound(engine: Engine, index: unknown, pages: Page[], roundMs: number): number {
  let bytes = 0;
  const t0 = cpuMs();
  do {
    for (const p of pages) {
      engine.scanPage(index, p.blocks, engine.createPageContext());
      bytes += p.bytes;
    }
  } while (cpuMs() - t0 < roundMs);
  return bytes / 1e6 / ((cpuMs() - t0) / 1000);
}

const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;

/** V8's sampling profiler over one phase of the run, written as DIR/NAME.cpuprofile (for Chrome DevTools). */
class PhaseProfiler {
  private session = new Session();
  constructor(private dir: string | undefined) {}
  async start(): Promise<void> {
    if (!this.dir) return;
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.start');
  }
  async stop(name: string): Promise<void> {
    if (!this.dir) return;
    const { profile } = await this.session.post('Profiler.stop');
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${name}.cpuprofile`), JSON.stringify(profile));
    this.session.disconnect();
  }
}

interface Options {
  against: string;
  /** Where to write a CPU profile of the builds and one of the scans, per dataset. */
  profile?: string;
  rounds: number;
  builds: number;
  roundMs: number;
  log: (s: string) => void;
}

/** Builds each dataset's index with both engines in turn, then scans each text with both in turn. */
export async function benchAgainst(datasets: { label: string; entities: () => Entity[]; builds?: number }[], texts: { label: string; pages: Page[] }[], o: Options): Promise<void> {
  const base = await loadEngine(resolve(o.against), 'base');
  const current = await loadEngine(ROOT, 'current');
  const engines = [base, current];
  o.log(`against ${resolve(o.against)} (base) — current is ${ROOT}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const d of datasets) {
    const entities = d.entities();
    const builds = d.builds ?? o.builds;
    const runs = engines.map(() => [] as { cpu: number; gcMs: number; heap: number }[]);
    let indexes: unknown[] = [];
    const profiler = new PhaseProfiler(o.profile);
    const name = d.label.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    await profiler.start();
    for (let r = 0; r < builds; r++) {
      // Alternate which goes first, so that neither always builds on the heap the other just left.
      const order = r % 2 ? [1, 0] : [0, 1];
      indexes = [undefined, undefined];
      for (const k of order) {
        const { index, cpu, gcMs, heap } = await timedBuild(engines[k], entities);
        runs[k].push({ cpu, gcMs, heap });
        if (r === builds - 1) indexes[k] = index;
      }
    }
    await profiler.stop(`${name}-build`);
    const med = runs.map((rs) => ({ cpu: median(rs.map((x) => x.cpu)), gcMs: median(rs.map((x) => x.gcMs)), heap: median(rs.map((x) => x.heap)) }));
    const ratio = median(runs[1].map((x, k) => x.cpu / runs[0][k].cpu));
    o.log(`${d.label}: index build, median of ${builds} (CPU ms; of it GC pauses; heap kept):`);
    engines.forEach((e, k) => o.log(`  ${e.label.padEnd(8)} ${med[k].cpu.toFixed(0).padStart(7)} ms  GC ${med[k].gcMs.toFixed(0).padStart(5)} ms  ${(med[k].heap / 1e6).toFixed(1)} MB   each: ${runs[k].map((x) => x.cpu.toFixed(0)).join(' ')}`));
    o.log(`  current/base ${pct(ratio)} (median of paired ratios); load ${loadavg()[0].toFixed(1)}`);
    await profiler.start();
    for (const t of texts) {
      const mb = engines.map(() => [] as number[]);
      for (let r = 0; r < o.rounds; r++) {
        const order = r % 2 ? [1, 0] : [0, 1];
        for (const k of order) mb[k].push(scanRound(engines[k], indexes[k], t.pages, o.roundMs));
      }
      const ratioScan = median(mb[1].map((x, k) => x / mb[0][k]));
      const spread = mb[1].map((x, k) => x / mb[0][k]).sort((a, b) => a - b);
      o.log(
        `  scan ${t.label}: base ${median(mb[0]).toFixed(1)} MB/s, current ${median(mb[1]).toFixed(1)} MB/s, current/base ${pct(ratioScan)} (paired ratios ${pct(spread[0])} .. ${pct(spread[spread.length - 1])}, ${o.rounds} rounds each); load ${loadavg()[0].toFixed(1)}`,
      );
    }
    await profiler.stop(`${name}-scan`);
    indexes = [];
  }
}

/**
 * The steadier comparison for a loaded machine: each distinct page is scanned by every engine in turn, n times,
 * and each engine's figure is the sum over pages of its fastest scan of that page (wall time: the fastest of many
 * is the one no other process interrupted). A second copy of the base engine runs alongside, so that the
 * base-against-base line shows how far apart two identical engines come out.
 */
export async function benchMinOf(entities: Entity[], texts: { label: string; pages: Page[] }[], o: { against: string; n: number; log: (s: string) => void }): Promise<void> {
  const base = await loadEngine(resolve(o.against), 'base');
  const base2 = await loadEngine(resolve(o.against), 'base-copy');
  const current = await loadEngine(ROOT, 'current');
  const engines = [base, base2, current];
  o.log(`min of ${o.n}: against ${resolve(o.against)} (base) — current is ${ROOT}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const indexes = engines.map((e) => e.buildNameIndex(entities));
  for (const t of texts) {
    const sums = engines.map(() => 0);
    for (const p of t.pages) {
      const best = engines.map(() => Infinity);
      for (let r = 0; r < o.n; r++) {
        // Each round starts with the next engine, so that none always runs on the caches another just left.
        for (let j = 0; j < engines.length; j++) {
          const k = (r + j) % engines.length;
          const t0 = performance.now();
          engines[k].scanPage(indexes[k], p.blocks, engines[k].createPageContext());
          const ms = performance.now() - t0;
          if (ms < best[k]) best[k] = ms;
        }
      }
      best.forEach((b, k) => (sums[k] += b));
    }
    const kb = t.pages.reduce((a, p) => a + p.bytes, 0) / 1e3;
    o.log(
      `  scan ${t.label} (${t.pages.length} pages, ${kb.toFixed(0)} kB): base ${sums[0].toFixed(2)} ms, current ${sums[2].toFixed(2)} ms, current/base ${pct(sums[2] / sums[0])}; base copy/base ${pct(sums[1] / sums[0])}; load ${loadavg()[0].toFixed(1)}`,
    );
  }
}

/** What one fresh process measured of one engine on one text (coldChild). */
export interface ColdRun {
  /** CPU milliseconds (of all the process's threads: the JIT's compilers and the collector's helpers count). */
  buildMs: number;
  /** CPU milliseconds of each round of scanning every page once, the first round in a fresh process first. */
  rounds: number[];
  /** The sum over pages of each page's fastest scan (wall time) in `warm` more rounds: the min-of figure. */
  warm: number;
  /** CPU milliseconds of one round with a second index built after the warm rounds: the memos cold, the JIT warm. */
  freshIndex: number;
}

/**
 * The child's side of benchCold: in this fresh process, loads the engine bundle, builds the index (as the worker
 * does, per-index tables included), then scans every page once, `rounds` times, and then `warm` more times for
 * each page's fastest scan, and then once with a second, fresh index. Prints the figures as JSON on stdout.
 */
export async function coldChild(engineFile: string, entities: Entity[], pages: Page[], rounds = 3, warm = 30): Promise<void> {
  const engine = await importEngine(engineFile, 'cold');
  const b0 = cpuMs();
  const index = engine.buildNameIndex(entities);
  const buildMs = cpuMs() - b0;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuMs();
    for (const p of pages) engine.scanPage(index, p.blocks, engine.createPageContext());
    times.push(cpuMs() - t0);
  }
  const best = pages.map(() => Infinity);
  for (let r = 0; r < warm; r++) {
    pages.forEach((p, k) => {
      const t0 = performance.now();
      engine.scanPage(index, p.blocks, engine.createPageContext());
      best[k] = Math.min(best[k], performance.now() - t0);
    });
  }
  // A second index of the same entities, its per-index memos empty while the JIT is warm: its first round is the
  // memos' part of a cold round without the JIT's.
  const fresh = engine.buildNameIndex(entities);
  const f0 = cpuMs();
  for (const p of pages) engine.scanPage(fresh, p.blocks, engine.createPageContext());
  const freshIndex = cpuMs() - f0;
  const run: ColdRun = { buildMs, rounds: times, warm: best.reduce((a, b) => a + b, 0), freshIndex };
  process.stdout.write(JSON.stringify(run) + '\n');
}

/**
 * First pages a reader opens: for each text, each engine in its own fresh child process (this bench's bundle run
 * again with --cold-child), `runs` times, the engines taking turns; the median of the runs' first rounds (every
 * page scanned once after the index build: JIT, per-index memos and per-page setup all cold), the second and third
 * rounds, the warm min-of figure from the same process, and a round with a second index built then (the per-index
 * memos cold, the JIT warm: steadier than the first round, and the part of it a cut of the memos can change).
 */
export async function benchCold(texts: string[], o: { against: string; runs: number; dataset?: string; log: (s: string) => void }): Promise<void> {
  const files = [await bundleEngine(resolve(o.against), 'base'), await bundleEngine(ROOT, 'current')];
  const labels = ['base', 'current'];
  o.log(`cold, ${o.runs} fresh processes per engine and text: against ${resolve(o.against)} (base) — current is ${ROOT}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const f = (n: number) => n.toFixed(1);
  for (const text of texts) {
    const runs: ColdRun[][] = [[], []];
    for (let r = 0; r < o.runs; r++) {
      for (const k of r % 2 ? [1, 0] : [0, 1]) {
        const args = ['--expose-gc', '--max-old-space-size=8192', process.argv[1], '--cold-child', files[k], text, ...(o.dataset ? ['--dataset', o.dataset] : [])];
        const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
        runs[k].push(JSON.parse(out.trim().split('\n').pop() as string) as ColdRun);
      }
    }
    const med = runs.map((rs) => ({
      build: median(rs.map((x) => x.buildMs)),
      rounds: rs[0].rounds.map((_, i) => median(rs.map((x) => x.rounds[i]))),
      warm: median(rs.map((x) => x.warm)),
      fresh: median(rs.map((x) => x.freshIndex)),
      firsts: rs.map((x) => x.rounds[0]),
    }));
    const line = (k: number) => `${labels[k]} ${med[k].rounds.map(f).join(', ')} ms (first rounds ${med[k].firsts.map(f).join(' ')}), warm ${f(med[k].warm)} ms, fresh index ${f(med[k].fresh)} ms, build ${(med[k].build / 1000).toFixed(2)} s`;
    o.log(`  cold ${text}: ${line(0)}; ${line(1)}; first round current/base ${pct(med[1].rounds[0] / med[0].rounds[0])}, fresh index ${pct(med[1].fresh / med[0].fresh)}, warm ${pct(med[1].warm / med[0].warm)}; load ${loadavg()[0].toFixed(1)}`);
  }
}

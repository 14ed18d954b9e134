// Popup search speed: builds lib/search's index over the shipped dataset and over a generated 1,000,000-name
// dataset, then replays typing (one search per keystroke) of real names, reordered, misspelt and transliterated,
// and prints the latency percentiles, the build time and the index's memory.
// Run: npm run bench:search   (node needs --expose-gc for the memory figure; the npm script passes it)
import { cpus, loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import type { Entity } from '../lib/dataset/format';
import { buildSearchIndex, type SearchIndex, type SearchRecord } from '../lib/search/search-index';
import { search } from '../lib/search/query';
import { DEFAULT_DATASET, loadDataset } from './dataset-files';

const TARGET_NAMES = 1_000_000;
const TYPED_NAMES = 200;
const LIMIT = 50;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20240702);
const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)];

function gc() {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

const heapMb = () => process.memoryUsage().heapUsed / 1e6;

/** A word changed the way a clerk or a transliteration would: one letter swapped, doubled, dropped or replaced. */
function mutate(word: string): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const letter = pick('aeiouykhsz'.split(''));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + letter + word.slice(i);
    case 2:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/**
 * The shipped records plus generated people and organisations built from the real dataset's words, a third of
 * them altered so the vocabulary grows as a real million-name list's would (hundreds of thousands of words).
 */
function generate(real: Entity[], targetNames: number): SearchRecord[] {
  const surnames: string[] = [];
  const given: string[] = [];
  const orgWords: string[] = [];
  for (const e of real) {
    for (const n of e.names) {
      if (e.kind === 'person' && n.name.includes(',')) {
        const [last, first] = n.name.split(',', 2);
        surnames.push(last.trim());
        given.push(...first.trim().split(/\s+/).filter(Boolean));
      } else if (e.kind === 'organization') orgWords.push(...n.name.split(/\s+/).filter((w) => w.length > 2));
    }
  }
  const records: SearchRecord[] = [...real];
  let names = real.reduce((sum, e) => sum + e.names.length, 0);
  const word = (pool: string[]) => (random() < 0.35 ? mutate(pick(pool)) : pick(pool));
  const sample = real.slice(0, 50);
  for (let i = 0; names < targetNames; i++) {
    const person = random() < 0.7;
    const primary = person ? `${word(surnames)}, ${word(given)} ${word(given)}` : `${word(orgWords)} ${word(orgWords)} ${word(orgWords)}`;
    // Aliases differ from the primary name by at least one altered word, as transliterated aliases do.
    const aliases = new Set<string>();
    for (let a = Math.floor(random() * 4); a > 0; a--) {
      const words = primary.split(' ');
      const at = Math.floor(random() * words.length);
      aliases.add(words.map((w, j) => (j === at || random() < 0.3 ? mutate(w) : w)).join(' '));
    }
    aliases.delete(primary);
    const template = pick(sample);
    records.push({
      id: `gen-${i}`,
      kind: person ? 'person' : 'organization',
      name: primary,
      names: [{ name: primary, type: 'primary' }, ...[...aliases].map((name) => ({ name, type: 'aka' as const }))],
      countries: template.countries,
      positions: [],
      sanctions: template.sanctions,
    });
    names += 1 + aliases.size;
  }
  return records;
}

/** What a reader types: the example searches of issue 9, then real names in reading order, some misspelt. */
function typedQueries(real: Entity[]): string[] {
  const fixed = ['maduro nicolas', 'madu', 'kirienko', 'lukashenko', 'Kiumars Heidari', 'nicolás maduro moros', 'cristopher figuera', 'sebin', 'bank melli', 'a'];
  const people = real.filter((e) => e.kind === 'person' && e.name.includes(','));
  const out = [...fixed];
  for (let i = 0; i < TYPED_NAMES; i++) {
    const e = pick(people);
    const [last, first] = e.name.split(',', 2);
    const words = `${first.trim()} ${last.trim()}`.toLowerCase().split(/\s+/);
    out.push(words.map((w) => (random() < 0.2 ? mutate(w) : w)).join(' '));
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label: string, records: SearchRecord[], queries: string[]) {
  const t0 = performance.now();
  let index: SearchIndex | null = buildSearchIndex(records);
  const buildMs = performance.now() - t0;
  // The index's own memory: the heap with it, less the heap once it is dropped (the records stay alive in both).
  gc();
  const withIndex = heapMb();
  index = null;
  gc();
  const indexMb = withIndex - heapMb();
  index = buildSearchIndex(records);
  // What the worker keeps in its IndexedDB cache (the same structured clone), and how long reading it back takes.
  const bytes = serialize(index);
  const t1 = performance.now();
  deserialize(bytes);
  const readBackMs = performance.now() - t1;

  const times: number[] = [];
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const cpuTimes: number[] = [];
  let found = 0;
  // One warm-up pass so the figures are steady-state, as in a worker that has already answered a search.
  for (const q of queries.slice(0, 20)) search(index, q, {}, LIMIT);
  for (const q of queries) {
    let last = 0;
    for (let n = 1; n <= q.length; n++) {
      if (q[n - 1] === ' ') continue;
      const cpu = process.cpuUsage();
      const t = performance.now();
      last = search(index, q.slice(0, n), {}, LIMIT).total;
      times.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    if (last > 0) found++;
    else if (process.env.SHOW_MISSES) console.log(`  not found: ${q}`);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(26)} listed names ${String(records.reduce((n, r) => n + r.names.length, 0)).padStart(8)}  index entries ${String(index.nameCount).padStart(8)}  words ${String(index.words.length).padStart(7)}\n` +
      `${''.padEnd(26)} build ${f(buildMs)} ms  heap ~${indexMb.toFixed(0)} MB beyond the records  serialised ${(bytes.length / 1e6).toFixed(1)} MB, read back in ${readBackMs.toFixed(0)} ms\n${''.padEnd(26)} ` +
      `keystrokes ${times.length}  wall p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  p99 ${f(percentile(times, 99))}  max ${f(times[times.length - 1])} ms  ` +
      `typed names found ${found}/${queries.length}\n${''.padEnd(26)} ${''.padEnd(16)}cpu  p50 ${f(percentile(cpuTimes, 50))}  p95 ${f(percentile(cpuTimes, 95))}  p99 ${f(percentile(cpuTimes, 99))}  max ${f(cpuTimes[cpuTimes.length - 1])} ms`,
  );
}

const real = loadDataset(DEFAULT_DATASET).entities;
const queries = typedQueries(real);
console.log(`popup search, one search per keystroke (limit ${LIMIT}), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for the memory figure)'}`);
measure('shipped dataset', real, queries);
if (process.env.SHOW_MISSES) process.exit(0);
// A little over the target: the index merges names that fold alike.
const big = generate(real, TARGET_NAMES * 1.01);
measure(`generated ${(TARGET_NAMES / 1e6).toFixed(0)}M-name dataset`, big, queries);

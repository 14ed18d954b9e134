// npm run bench [-- --json] [--dataset DIR] [--mb N] [--generated N]
// npm run bench -- --against DIR [--rounds N] [--builds N] [--no-default | --no-generated] [--texts news,Arabic,Cyrillic]
// [--profile DIR]: this engine against
// another tree's, in one process, taking turns (scripts/bench-against.ts); no baselines then.
// npm run bench -- --against DIR --min-of N [--texts news,Latin,Arabic,Cyrillic]: each distinct page scanned N
// times by both engines in turn, the sum of each page's fastest scan per engine (the steadier figure on a loaded
// machine; default dataset; Latin is the news corpus's English and Spanish tuning pages).
// npm run bench -- --against DIR --cold [N] [--texts ...]: the first pages a reader opens: each engine in its own
// fresh child process, N times (default 3), index built, then every page of a text scanned once, three rounds; the
// first round's time beside the warm min-of figure, for both trees side by side.
// Scans the same news text, in one run, with this engine and with two baselines, on the default dataset and on
// a generated 1,000,000-name dataset: throughput (MB of UTF-8 text per second), index build time and memory.
//   indexof       a per-name indexOf loop over the lower-cased primary names, with a word-boundary check
//                 (the way EU Sanctions Alert works); run on a slice of the text, it is that slow.
//   aho_corasick  one plain Aho–Corasick automaton over all folded names (primary and aliases, no derived
//                 forms), written for this benchmark, folding accents and case in the same pass.
//   modern_ahocorasick (default dataset only) the npm package, fed text already folded to ASCII in 60,000-
//                 character pieces: on long non-ASCII text under Node 20 it turns quadratic.
// npm run bench bundles this script with esbuild first, as the extension's build bundles lib/ (loaders such as
// tsx read imported bindings through getters, which would slow the engine's loops, not the extension's), and
// runs it with --expose-gc so that index memory is measured after a collection.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import type { Entity } from '../lib/dataset/format';
import { buildNameIndex, createPageContext, indexBytes, scanPage } from '../lib/match/scan';
import { foldWord, nameKey } from '../lib/names/normalize';
import { loadEntities, ROOT, SHARED } from './dataset-files';
import { benchAgainst, benchCold, benchMinOf, coldChild, corpusPages } from './bench-against';
import { generatedEntities } from './generate-names';
import { readPage } from './page-text';

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function memory(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

// ---- the text: the real articles and the corpus pages, repeated to the size asked ----

interface Page {
  blocks: string[];
  bytes: number;
}

function newsPages(): Page[] {
  const dirs = [join(SHARED, 'pages'), join(ROOT, 'test/corpus')];
  const pages: Page[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(txt|html)$/.test(f)) continue;
      const p = readPage(join(dir, f));
      pages.push({ blocks: p.blocks.map((b) => b.text), bytes: Buffer.byteLength(p.text, 'utf8') });
    }
  }
  return pages;
}

function repeatPages(pages: Page[], mb: number): Page[] {
  const out: Page[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const p = pages[i % pages.length];
    out.push(p);
    bytes += p.bytes;
  }
  return out;
}

const totalBytes = (pages: Page[]) => pages.reduce((a, p) => a + p.bytes, 0);

type Scanner = (p: Page) => number;

/**
 * Milliseconds of CPU this process has used (all its threads: the garbage collector's helpers count too).
 * Timing by CPU rather than by the wall clock keeps the figures steady on a shared two-core machine where
 * other work takes turns with this one.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * MB per second of each scanner over the same pages. The scanners take turns, several rounds each, and each
 * keeps its best round: other work on the machine (two cores, shared) only ever slows a round down.
 */
function throughputs(pages: Page[], scanners: Scanner[], rounds = 5, roundMs = 400): { mbPerS: number; found: number }[] {
  const best = scanners.map(() => ({ mbPerS: 0, found: 0 }));
  for (let r = 0; r < rounds; r++) {
    scanners.forEach((scan, k) => {
      let found = 0;
      let bytes = 0;
      const t0 = cpuMs();
      do {
        found = 0;
        for (const p of pages) {
          found += scan(p);
          bytes += p.bytes;
        }
      } while (cpuMs() - t0 < roundMs);
      const mbPerS = bytes / 1e6 / ((cpuMs() - t0) / 1000);
      if (mbPerS > best[k].mbPerS) best[k] = { mbPerS, found };
    });
  }
  return best;
}

// ---- baseline 1: per-name indexOf ----

function indexOfBaseline(names: string[], pages: Page[], budgetMs: number): number {
  const lowered = names.map((n) => n.toLowerCase());
  const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
  let bytes = 0;
  const t0 = cpuMs();
  let found = 0;
  for (const p of pages) {
    const text = p.blocks.join('\n\n').toLowerCase();
    for (const name of lowered) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if ((i === 0 || !isWord(text.charCodeAt(i - 1))) && !isWord(text.charCodeAt(i + name.length) || 32)) found++;
      }
    }
    bytes += p.bytes;
    if (cpuMs() - t0 > budgetMs) break;
  }
  void found;
  return bytes / 1e6 / ((cpuMs() - t0) / 1000);
}

// ---- baseline 2: a plain Aho–Corasick automaton over folded names ----

const FOLD = new Uint16Array(65536);
function foldChar(c: number): number {
  let f = FOLD[c];
  if (f === 0) {
    const s = foldWord(String.fromCharCode(c));
    f = s.length ? s.charCodeAt(0) : 32;
    if (!/[\p{L}\p{N}]/u.test(String.fromCharCode(f))) f = 32;
    FOLD[c] = f;
  }
  return f;
}

/** Goto edges in an open-addressing table keyed by (state, folded character); failure and output per state. */
class PlainAhoCorasick {
  private mask: number;
  private keyState: Int32Array;
  private keyChar: Uint16Array;
  private next: Int32Array;
  private fail: Int32Array;
  /** Length of the longest name ending at this state, following dictionary links (0: none). */
  private out: Int32Array;
  states = 1;

  constructor(names: string[]) {
    let chars = 0;
    for (const n of names) chars += n.length;
    let size = 1 << 16;
    while (size < chars * 2) size *= 2;
    this.mask = size - 1;
    this.keyState = new Int32Array(size).fill(-1);
    this.keyChar = new Uint16Array(size);
    this.next = new Int32Array(size);
    const outLen = new Int32Array(chars + 1);
    for (const n of names) {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const c = n.charCodeAt(i);
        let t = this.get(s, c);
        if (t < 0) {
          t = this.states++;
          this.put(s, c, t);
        }
        s = t;
      }
      outLen[s] = Math.max(outLen[s], n.length);
    }
    // Breadth-first failure links: children of each state are found by scanning the table once.
    const n = this.states;
    const childStart = new Int32Array(n + 1);
    for (let i = 0; i < size; i++) if (this.keyState[i] >= 0) childStart[this.keyState[i] + 1]++;
    for (let s = 0; s < n; s++) childStart[s + 1] += childStart[s];
    const kids = new Int32Array(Math.max(1, n - 1));
    const kidChar = new Uint16Array(Math.max(1, n - 1));
    const fill = childStart.slice(0, n);
    for (let i = 0; i < size; i++) {
      const p = this.keyState[i];
      if (p < 0) continue;
      kids[fill[p]] = this.next[i];
      kidChar[fill[p]++] = this.keyChar[i];
    }
    this.fail = new Int32Array(n);
    this.out = outLen.slice(0, n);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (let k = childStart[0]; k < childStart[1]; k++) queue[tail++] = kids[k];
    while (head < tail) {
      const s = queue[head++];
      for (let k = childStart[s]; k < childStart[s + 1]; k++) {
        const t = kids[k];
        const c = kidChar[k];
        let f = this.fail[s];
        while (f > 0 && this.get(f, c) < 0) f = this.fail[f];
        const g = this.get(f, c);
        this.fail[t] = g >= 0 && g !== t ? g : 0;
        if (this.out[t] === 0) this.out[t] = this.out[this.fail[t]];
        queue[tail++] = t;
      }
    }
  }

  private slot(s: number, c: number): number {
    let i = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) & this.mask;
    while (this.keyState[i] !== -1 && (this.keyState[i] !== s || this.keyChar[i] !== c)) i = (i + 1) & this.mask;
    return i;
  }
  private get(s: number, c: number): number {
    const i = this.slot(s, c);
    return this.keyState[i] === -1 ? -1 : this.next[i];
  }
  private put(s: number, c: number, t: number): void {
    const i = this.slot(s, c);
    this.keyState[i] = s;
    this.keyChar[i] = c;
    this.next[i] = t;
  }

  get bytes(): number {
    return this.keyState.byteLength + this.keyChar.byteLength + this.next.byteLength + this.fail.byteLength + this.out.byteLength;
  }

  /** Counts whole-word matches, folding each character as it goes. */
  scan(text: string): number {
    let s = 0;
    let found = 0;
    let prev = 32;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      c = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : 32) : foldChar(c);
      if (c === 32 && prev === 32) continue; // runs of separators fold to one space, as in the names
      prev = c;
      let t = this.get(s, c);
      while (t < 0 && s > 0) {
        s = this.fail[s];
        t = this.get(s, c);
      }
      s = t < 0 ? 0 : t;
      if (this.out[s] > 0) {
        const after = i + 1 < text.length ? foldChar(text.charCodeAt(i + 1)) : 32;
        if (after === 32 || after === 0) found++;
      }
    }
    return found;
  }
}

// ---- the run ----

interface Result {
  dataset: string;
  entities: number;
  names: number;
  engine: { mb_per_s: number; index_ms: number; index_wall_ms: number; index_bytes: number; index_heap_bytes: number; bytes_per_name: number; mentions_per_pass: number };
  baselines: {
    indexof: { mb_per_s: number; text_mb: number };
    aho_corasick: { mb_per_s: number; index_ms: number; index_bytes: number; index_heap_bytes: number; patterns: number; matches_per_pass: number };
    modern_ahocorasick?: { mb_per_s: number; note: string };
  };
}

function bench(label: string, entities: Entity[], pages: Page[], indexofMb: number, withModern: boolean, log: (s: string) => void): Result {
  log(`${label}: ${entities.length} entities`);
  const before = memory();
  const t0 = cpuMs();
  const w0 = performance.now();
  const index = buildNameIndex(entities);
  const indexMs = cpuMs() - t0;
  const indexWallMs = performance.now() - w0;
  const indexMem = memory() - before;
  log(`  engine index: ${Math.round(indexMs)} ms CPU (${Math.round(indexWallMs)} ms wall), ${(indexBytes(index) / 1e6).toFixed(1)} MB of arrays and strings (${(indexMem / 1e6).toFixed(1)} MB heap growth measured); peak RSS so far ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
  const primary = entities.map((e) => e.name);
  const folded = [...new Set(entities.flatMap((e) => e.names.filter((n) => n.type !== 'weak').map((n) => nameKey(n.name))))].filter(Boolean);
  const indexofPages = repeatPages(pages, indexofMb);
  const indexof = indexOfBaseline(primary, indexofPages, 20_000);
  log(`  indexOf: ${indexof.toFixed(4)} MB/s`);

  const acBefore = memory();
  const a0 = cpuMs();
  const ac = new PlainAhoCorasick(folded);
  const acMs = cpuMs() - a0;
  const acMem = memory() - acBefore;
  log(`  plain Aho–Corasick: built in ${Math.round(acMs)} ms, ${ac.states} states, ${(ac.bytes / 1e6).toFixed(1)} MB of arrays`);

  const scanners: Scanner[] = [
    (p) => scanPage(index, p.blocks, createPageContext()).reduce((a, m) => a + m.length, 0),
    (p) => p.blocks.reduce((a, b) => a + ac.scan(b), 0),
  ];
  let modern: Result['baselines']['modern_ahocorasick'];
  let foldedPages: Page[] = [];
  if (withModern) {
    const m = new AhoCorasick(folded);
    // Folded to ASCII letters and spaces first (not timed), in 60,000-character pieces: see the header.
    foldedPages = pages.map((p) => ({ ...p, blocks: p.blocks.map((b) => b.split(/\s+/).map(foldWord).join(' ')) }));
    const byPage = new Map(pages.map((p, k) => [p, foldedPages[k]]));
    scanners.push((p) => (byPage.get(p) ?? p).blocks.reduce((a, b) => a + (b.length > 60000 ? 0 : m.search(b).length), 0));
  }
  const [engine, acRun, modernRun] = throughputs(pages, scanners);
  log(`  engine scan: ${engine.mbPerS.toFixed(1)} MB/s; plain Aho–Corasick: ${acRun.mbPerS.toFixed(1)} MB/s`);
  if (modernRun) {
    modern = { mb_per_s: modernRun.mbPerS, note: 'fed text pre-folded to ASCII (folding not timed), pieces under 60,000 characters' };
    log(`  modern-ahocorasick: ${modernRun.mbPerS.toFixed(1)} MB/s (pre-folded text)`);
  }
  return {
    dataset: label,
    entities: entities.length,
    names: index.names,
    engine: {
      mb_per_s: engine.mbPerS,
      index_ms: indexMs,
      index_wall_ms: indexWallMs,
      index_bytes: indexBytes(index),
      index_heap_bytes: indexMem,
      bytes_per_name: indexBytes(index) / index.names,
      mentions_per_pass: engine.found,
    },
    baselines: {
      indexof: { mb_per_s: indexof, text_mb: totalBytes(indexofPages) / 1e6 },
      aho_corasick: { mb_per_s: acRun.mbPerS, index_ms: acMs, index_bytes: ac.bytes, index_heap_bytes: acMem, patterns: folded.length, matches_per_pass: acRun.found },
      ...(modern ? { modern_ahocorasick: modern } : {}),
    },
  };
}

async function main(argv: string[]): Promise<void> {
  let json = false;
  let dataset: string | undefined;
  let mb = 2;
  let generated = 1_000_000;
  let against: string | undefined;
  let rounds = 12;
  let builds = 3;
  let withDefault = true;
  let profile: string | undefined;
  let minOf = 0;
  let cold = 0;
  let coldChildArgs: [string, string] | undefined;
  let textLabels = ['news', 'Latin', 'Arabic', 'Cyrillic'];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--dataset') dataset = argv[++i];
    else if (argv[i] === '--mb') mb = Number(argv[++i]);
    else if (argv[i] === '--generated') generated = Number(argv[++i]);
    else if (argv[i] === '--against') against = argv[++i];
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i] === '--builds') builds = Number(argv[++i]);
    else if (argv[i] === '--no-default') withDefault = false;
    else if (argv[i] === '--no-generated') generated = 0;
    else if (argv[i] === '--profile') profile = argv[++i];
    else if (argv[i] === '--texts') textLabels = argv[++i].split(',');
    else if (argv[i] === '--min-of') minOf = Number(argv[++i]);
    else if (argv[i] === '--cold') cold = /^\d+$/.test(argv[i + 1] ?? '') ? Number(argv[++i]) : 3;
    else if (argv[i] === '--cold-child') coldChildArgs = [argv[++i], argv[++i]];
  }
  const texts = (labels: string[]) =>
    [
      { label: 'news', pages: () => newsPages() },
      { label: 'Latin', pages: () => corpusPages(['en', 'es']) },
      { label: 'Arabic', pages: () => corpusPages(['ar']) },
      { label: 'Cyrillic', pages: () => corpusPages(['ru', 'uk']) },
    ]
      .filter((t) => labels.includes(t.label))
      .map((t) => ({ label: t.label, pages: t.pages() }));
  if (coldChildArgs) {
    const [engineFile, label] = coldChildArgs;
    await coldChild(engineFile, loadEntities(dataset).entities, texts([label])[0].pages);
    return;
  }
  const log = (s: string) => process.stderr.write(s + '\n');
  if (!gc) log('note: run with node --expose-gc (npm run bench does) for memory figures');
  const pages = newsPages();
  if (!pages.length) throw new Error('no text to scan: neither ../shared/pages nor test/corpus has pages');
  const text = repeatPages(pages, mb);
  log(`text: ${(totalBytes(text) / 1e6).toFixed(2)} MB of news pages (${pages.length} distinct pages, repeated)`);
  log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine; figures are CPU time)`);
  if (against && cold > 0) {
    await benchCold(textLabels, { against, runs: cold, dataset, log });
    return;
  }
  const { entities, source } = loadEntities(dataset);
  if (against && minOf > 0) {
    await benchMinOf(entities, texts(textLabels), { against, n: minOf, log });
    return;
  }
  if (against) {
    // Text of 0.5 MB a round: news pages, and the corpus's Arabic and Cyrillic tuning pages.
    const texts = [
      { label: 'news', pages: repeatPages(pages, 0.5) },
      { label: 'Arabic', pages: corpusPages(['ar']) },
      { label: 'Cyrillic', pages: corpusPages(['ru', 'uk']) },
    ].filter((t) => textLabels.includes(t.label));
    // The generated names are made when their turn comes: a million entities on the heap would slow the default
    // dataset's collections.
    const datasets = [
      ...(withDefault ? [{ label: `default (${source})`, entities: () => entities }] : []),
      { label: `generated ${generated.toLocaleString('en')} names`, entities: () => generatedEntities(entities, generated), builds: Math.min(builds, 2) },
    ].filter((d) => generated > 0 || !d.label.startsWith('generated'));
    await benchAgainst(datasets, texts, { against, rounds, builds, roundMs: 300, profile, log });
    return;
  }
  const results: Result[] = [];
  results.push(bench(`default (${source})`, entities, text, 0.05, true, log));
  const gen = generatedEntities(entities, generated);
  entities.length = 0;
  results.push(bench(`generated ${generated.toLocaleString('en')} names`, gen, text, 0.002, false, log));

  if (json) {
    process.stdout.write(JSON.stringify({ text_mb: totalBytes(text) / 1e6, datasets: results }) + '\n');
    return;
  }
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log('');
  console.log('dataset                                   names   engine MB/s  index ms  index MB  B/name | indexOf MB/s  Aho–Corasick MB/s  modern-ahocorasick MB/s');
  for (const r of results) {
    console.log(
      `${r.dataset.padEnd(40)} ${String(r.names).padStart(7)}  ${f(r.engine.mb_per_s).padStart(11)}  ${f(r.engine.index_ms, 0).padStart(8)}  ${f(r.engine.index_bytes / 1e6).padStart(8)}  ${f(r.engine.bytes_per_name, 0).padStart(6)} | ${f(r.baselines.indexof.mb_per_s, 4).padStart(12)}  ${f(r.baselines.aho_corasick.mb_per_s).padStart(17)}  ${r.baselines.modern_ahocorasick ? f(r.baselines.modern_ahocorasick.mb_per_s).padStart(23) : '—'.padStart(23)}`,
    );
  }
  console.log('\nMB = 10^6 bytes of UTF-8 page text; seconds and index ms are CPU time of this process (steady on a shared machine).');
  console.log('Index MB: the typed arrays and strings the index is made of. Each scanner ran 5 rounds in turn with the others; best round kept.');
  console.log('modern-ahocorasick is fed text folded to ASCII beforehand (not timed) in pieces under 60,000 characters.');
}

await main(process.argv.slice(2));

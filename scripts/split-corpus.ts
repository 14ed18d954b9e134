// npx tsx scripts/split-corpus.ts [--check]
// Puts each news page of test/corpus/news that is in no half yet into the tuning or the held-out half, once, by a
// rule that reads neither its text nor the matcher's results: within its stratum (language, and negative page or
// not) each new page goes to the half with fewer pages, ties broken by its URL's sha256 (even: held-out). A page
// already in a half keeps it; the only move ever made by hand is a held-out page studied for a miss, which goes to
// the tuning half with a line in the closing note. --check only says which pages are in no half (exit 1 if any).
// --lot <label> moves a third of each held-out stratum (rounded down) to the tuning half, drawn by the sha256 of
// URL + label, to give the tuning half more real misses to learn from without looking at which pages miss what.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dataset-files';

type Half = 'tuning' | 'held-out';
interface NewsAnnotation {
  url: string;
  language: string;
  negative?: boolean;
  half?: Half;
}

const dir = join(ROOT, 'test/corpus/news');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
const pages = files.map((f) => ({ file: join(dir, f), ann: JSON.parse(readFileSync(join(dir, f), 'utf8')) as NewsAnnotation }));
const stratum = (a: NewsAnnotation) => `${a.language}/${a.negative ? 'negative' : 'named'}`;
const hash = (url: string) => createHash('sha256').update(url).digest();

const unsplit = pages.filter((p) => p.ann.half === undefined);
const lot = process.argv.indexOf('--lot');
if (lot > 0) {
  const label = process.argv[lot + 1];
  if (!label) throw new Error('--lot needs a label, for example the date');
  const strata = new Map<string, typeof pages>();
  for (const p of pages.filter((q) => q.ann.half === 'held-out')) strata.set(stratum(p.ann), [...(strata.get(stratum(p.ann)) ?? []), p]);
  for (const [s, held] of [...strata].sort()) {
    const drawn = held.sort((a, b) => Buffer.compare(hash(a.ann.url + label), hash(b.ann.url + label))).slice(0, Math.floor(held.length / 3));
    for (const p of drawn) {
      p.ann.half = 'tuning';
      writeFileSync(p.file, `${JSON.stringify(p.ann, null, 2)}\n`);
      console.log(`moved to tuning by lot  ${s.padEnd(14)} ${p.file.slice(dir.length + 1)}`);
    }
  }
  process.exit(0);
}
if (process.argv.includes('--check')) {
  for (const p of unsplit) console.log(`in no half: ${p.file}`);
  process.exit(unsplit.length ? 1 : 0);
}
const counts = new Map<string, Record<Half, number>>();
for (const p of pages) {
  const c = counts.get(stratum(p.ann)) ?? { tuning: 0, 'held-out': 0 };
  if (p.ann.half) c[p.ann.half]++;
  counts.set(stratum(p.ann), c);
}
// New pages in URL-hash order, so the result does not depend on file names or the order they were written in.
unsplit.sort((a, b) => Buffer.compare(hash(a.ann.url), hash(b.ann.url)));
for (const p of unsplit) {
  const c = counts.get(stratum(p.ann))!;
  const half: Half = c.tuning < c['held-out'] ? 'tuning' : c['held-out'] < c.tuning ? 'held-out' : hash(p.ann.url)[0] % 2 === 0 ? 'held-out' : 'tuning';
  c[half]++;
  p.ann.half = half;
  writeFileSync(p.file, `${JSON.stringify(p.ann, null, 2)}\n`);
  console.log(`${half.padEnd(8)} ${stratum(p.ann).padEnd(14)} ${p.file.slice(dir.length + 1)}`);
}
for (const [s, c] of [...counts].sort()) console.log(`${s}: tuning ${c.tuning}, held-out ${c['held-out']}`);

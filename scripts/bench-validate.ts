// Record validation speed: runs every record of the shipped dataset through toEntity (lib/dataset/validate) N
// times and prints records/s, the cost the service worker pays per record of an import. Given another
// validate.ts (e.g. the hand-written one before the valibot schemas), it runs both side by side, alternating
// rounds so machine load falls on both alike, and checks that both give the same records and the same messages.
// Run: npx tsx scripts/bench-validate.ts [--rounds N] [--old path/to/old/validate.ts]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { toEntity, ValidationError } from '../lib/dataset/validate';

type Validate = (value: unknown, where: string) => unknown;

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, old: { type: 'string' } } });
const rounds = Number(args.rounds);
const DATASET = resolve(import.meta.dirname, '../public/dataset/entities.jsonl.gz');
const lines = new TextDecoder().decode(gunzipSync(readFileSync(DATASET))).split('\n').filter((l) => l !== '');
const records: unknown[] = lines.map((l) => JSON.parse(l));
const gz = readFileSync(DATASET);

const sides: { name: string; validate: Validate; best: number; parsedBest: number; fileBest: number }[] = [{ name: 'new (valibot)', validate: toEntity, best: Infinity, parsedBest: Infinity, fileBest: Infinity }];
if (args.old) {
  const old = (await import(resolve(args.old))) as { toEntity: Validate; ValidationError: typeof Error };
  sides.unshift({ name: `old (${args.old})`, validate: old.toEntity, best: Infinity, parsedBest: Infinity, fileBest: Infinity });
}

/** CPU milliseconds of this process: other work on a busy machine slows the wall clock, not this. */
function time(run: () => void): number {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

for (let r = 0; r < rounds; r++) {
  for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
    side.best = Math.min(side.best, time(() => records.forEach((rec, i) => side.validate(rec, `line ${i + 1}`))));
    side.parsedBest = Math.min(side.parsedBest, time(() => lines.forEach((l, i) => side.validate(JSON.parse(l), `line ${i + 1}`))));
    side.fileBest = Math.min(side.fileBest, time(() => new TextDecoder().decode(gunzipSync(gz)).split('\n').forEach((l, i) => l && side.validate(JSON.parse(l), `line ${i + 1}`))));
  }
}

const rate = (ms: number) => Math.round((records.length / ms) * 1000).toLocaleString('en');
console.log(`${records.length.toLocaleString('en')} records, best of ${rounds} rounds, CPU time`);
console.log(`records/s           validate   JSON.parse + validate   gunzip + split + JSON.parse + validate`);
for (const s of sides) console.log(`${s.name.slice(0, 14).padEnd(14)} ${rate(s.best).padStart(13)} ${rate(s.parsedBest).padStart(23)} ${rate(s.fileBest).padStart(40)}`);
if (sides.length === 2) console.log(`new / old      ${(sides[0].best / sides[1].best).toFixed(2).padStart(12)}x ${(sides[0].parsedBest / sides[1].parsedBest).toFixed(2).padStart(22)}x ${(sides[0].fileBest / sides[1].fileBest).toFixed(2).padStart(39)}x`);

if (sides.length === 2) {
  const [old, now] = sides;
  const outcome = (validate: Validate, value: unknown): unknown => {
    try {
      return { ok: validate(value, 'line 1') };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  let differ = 0;
  const compare = (value: unknown, label: string) => {
    const a = outcome(old.validate, value);
    const b = outcome(now.validate, value);
    // Same values and keys; the order of keys may differ (the new side keeps a clean record's own order).
    if (!isDeepStrictEqual(a, b)) {
      if (differ++ < 10) console.log(`differs (${label}):\n  old ${JSON.stringify(a)}\n  new ${JSON.stringify(b)}`);
    }
  };
  records.forEach((r, i) => compare(r, `record ${i + 1}`));
  // Each record spoilt in one place: every field removed, emptied or given the wrong type.
  const spoil = (rec: Record<string, unknown>, path: (string | number)[], value: unknown): unknown => {
    const copy = structuredClone(rec);
    let at: Record<string | number, unknown> = copy;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (value === undefined) delete at[last];
    else at[last] = value;
    // As a dataset line would hold it: a hole left in an array reads back as null.
    return JSON.parse(JSON.stringify(copy));
  };
  let spoilt = 0;
  const walk = (rec: Record<string, unknown>, node: unknown, path: (string | number)[]) => {
    if (path.length > 0) {
      for (const bad of [undefined, '', 7, null, [], {}, 'javascript:alert(1)', 'x']) {
        compare(spoil(rec, path, bad), `${path.join('.')} = ${JSON.stringify(bad)}`);
        spoilt++;
      }
    }
    if (Array.isArray(node)) node.forEach((x, i) => walk(rec, x, [...path, i]));
    else if (typeof node === 'object' && node !== null) for (const k of Object.keys(node)) walk(rec, (node as Record<string, unknown>)[k], [...path, k]);
  };
  for (let i = 0; i < records.length; i += 97) walk(records[i] as Record<string, unknown>, records[i], []);
  for (const odd of [null, 3, 'x', [], {}, { id: 5 }]) compare(odd, JSON.stringify(odd));
  console.log(`${differ === 0 ? 'same' : `${differ} differ`}: records and error messages of both sides (${records.length} records, ${spoilt} spoilt copies)`);
}
void ValidationError;

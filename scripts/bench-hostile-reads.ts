// How long the readers take on hostile downloads, each beside a named baseline measured in the same run: the least
// work that shows the same thing (joining the chunks once; inflating just the bytes that prove a line too long).
// The tests check what the readers do with these files (where they refuse, that they stop reading); this prints
// how fast. A reader that went quadratic again shows here as a ratio far above 1.
// Run: npm run bench:hostile [-- --rounds N]
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readLines } from '../lib/dataset/lines';
import { SyncError } from '../lib/sync/errors';
import { inflateLimit, readEntities } from '../lib/sync/record-stream';
import { PublicationError, publicationReader } from '../lib/sync/publishers/publication-reader';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(args.rounds);

function chunks<T>(items: T[]): ReadableStream<T> {
  let i = 0;
  return new ReadableStream({ pull: (c) => (i < items.length ? c.enqueue(items[i++]) : c.close()) });
}

async function best(run: () => Promise<unknown> | unknown): Promise<number> {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    await run();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const rows: { case: string; reader_ms: string; baseline: string; baseline_ms: string; ratio: string }[] = [];
async function row(name: string, reader: () => Promise<unknown> | unknown, baselineName: string, baseline: () => unknown) {
  const a = await best(reader);
  const b = await best(baseline);
  rows.push({ case: name, reader_ms: a.toFixed(1), baseline: baselineName, baseline_ms: b.toFixed(1), ratio: (a / b).toFixed(2) });
}

// 1. A 20 MB line in 64 KB chunks, read to its end (no limit).
const chunk = 'x'.repeat(64 << 10);
const longLine = [...Array.from({ length: 320 }, () => chunk), '\n'];
await row(
  '20 MB line, 64 KB chunks (readLines)',
  async () => {
    for await (const _ of readLines(chunks(longLine)));
  },
  'join the chunks once and split',
  () => longLine.join('').split('\n'),
);

// 2. A gzip bomb: 16 members of 64 MiB of "x", about 1 MB that unpacks to 1 GiB without a newline.
const member = gzipSync(Buffer.alloc(64 << 20, 0x78), { level: 9 });
const bomb = Buffer.concat(Array.from({ length: 16 }, () => member));
const pieces = Array.from({ length: Math.ceil(bomb.length / (16 << 10)) }, (_, i) => bomb.subarray(i * (16 << 10), (i + 1) * (16 << 10)));
await row(
  'gzip bomb 1 MB → 1 GiB, refused at the 1 MiB line cap (readEntities)',
  async () => {
    try {
      for await (const _ of readEntities(chunks(pieces), { maxInflatedBytes: inflateLimit(bomb.length) }));
    } catch (e) {
      if (!(e instanceof SyncError)) throw e;
    }
  },
  'inflate until 1 MiB is out (zlib, one call)',
  () => {
    try {
      gunzipSync(member, { maxOutputLength: (1 << 20) + 1 });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  },
);

// 3. OFAC's CSV reader: 2 MB without a line end in 5-character pieces, refused once the line passes 1 MiB.
const noEnd = 'x'.repeat(2 << 20);
await row(
  'OFAC SDN.CSV, 2 MB without a line end, 5-char pieces',
  () => {
    const reader = publicationReader('ofac-sdn');
    try {
      for (let i = 0; i < noEnd.length; i += 5) reader.write('sdn', noEnd.slice(i, i + 5));
    } catch (e) {
      if (!(e instanceof PublicationError)) throw e;
    }
  },
  'slice the same 1 MiB into 5-char pieces',
  () => {
    let n = 0;
    for (let i = 0; i < 1 << 20; i += 5) n += noEnd.slice(i, i + 5).length;
    return n;
  },
);

console.log(`Hostile downloads: best of ${rounds} rounds each, reader beside its baseline in this run`);
console.table(rows);

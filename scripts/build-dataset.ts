// npm run dataset -- [--data DIR] [--out DIR] [--curated FILE] [--created ISO-TIME]
// Builds the dataset (manifest.json + entities.jsonl.gz) from the real lists in ../shared/data.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyCurated, parseCurated } from '../lib/dataset/curated';
import type { DatasetSource } from '../lib/dataset/format';
import { makeManifest } from '../lib/dataset/manifest';
import { buildOfacEntities, parseAddCsv, parseAltCsv, parseSdnCsv, type AddRow, type AltRow } from '../lib/dataset/ofac';
import type { ImportProblem } from '../lib/dataset/problems';
import { readLatin1, requireFile, writeEntitiesGz } from './dataset/node-io';

const OFAC_PD = 'Public domain (US government work)';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'public/dataset' },
    curated: { type: 'string', default: 'lib/dataset/curated.json' },
    created: { type: 'string' },
  },
});

const data = resolve(args.data);
const created = args.created ? new Date(args.created) : new Date();
if (Number.isNaN(created.getTime())) throw new Error(`--created is not a date: ${args.created}`);
const out = resolve(args.out);
const started = Date.now();
const problems: ImportProblem[] = [];
const sources: DatasetSource[] = [];

function input(rel: string): { path: string; file: string } {
  return { path: requireFile(join(data, rel)), file: rel };
}

function collect<T>(r: { records: T[]; problems: ImportProblem[] }): T[] {
  problems.push(...r.problems);
  return r.records;
}

// The newest complete sdn.csv is 2024-07-02. Its aliases and addresses come from the nearest later alt/add set
// (2025-01-06); for the few entries that set no longer has (removed after July 2024) the 2019-01-04 set is used.
const sdnIn = input('ofac/sdn_2024-07-02.csv.gz');
const sdn = collect(parseSdnCsv(readLatin1(sdnIn.path), sdnIn.file));
sources.push({
  name: 'OFAC Specially Designated Nationals list (sdn.csv)',
  publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
  snapshot: '2024-07-02T08:24Z',
  licence: OFAC_PD,
  url: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
});

function altAdd(dir: string): { alt: AltRow[]; add: AddRow[] } {
  const alt = input(`ofac/${dir}/alt.csv.gz`);
  const add = input(`ofac/${dir}/add.csv.gz`);
  return {
    alt: collect(parseAltCsv(readLatin1(alt.path), alt.file)),
    add: collect(parseAddCsv(readLatin1(add.path), add.file)),
  };
}
const newer = altAdd('2025-01-06');
const older = altAdd('2019-01-04');
const inNewer = new Set(newer.add.map((r) => r.entNum));
const fallback = new Set(sdn.filter((r) => !inNewer.has(r.entNum)).map((r) => r.entNum));
const alt = [...newer.alt, ...older.alt.filter((r) => fallback.has(r.entNum))];
const add = [...newer.add, ...older.add.filter((r) => fallback.has(r.entNum))];
sources.push(
  {
    name: 'OFAC SDN aliases and addresses (alt.csv, add.csv)',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    snapshot: '2025-01-06',
    licence: OFAC_PD,
    url: 'https://www.treasury.gov/ofac/downloads/alt.csv',
  },
  {
    name: 'OFAC SDN aliases and addresses (alt.csv, add.csv), for entries missing from the 2025 set',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    snapshot: '2019-01-04',
    licence: OFAC_PD,
    url: 'https://www.treasury.gov/ofac/downloads/add.csv',
  },
);

const ofac = buildOfacEntities({ sdn, alt, add });
problems.push(...ofac.problems);

const curatedPath = resolve(args.curated);
const curatedRows = collect(parseCurated(readFileSync(curatedPath, 'utf8'), args.curated));
const merged = applyCurated(ofac.records, curatedRows, args.curated);
problems.push(...merged.problems);
sources.push({
  name: 'Sanctions Lens curated records (each row cites its sources)',
  publisher: 'Sanctions Lens',
  snapshot: created.toISOString().slice(0, 10),
  licence: 'Sanctions Lens project data; facts from the cited public sources',
  url: 'lib/dataset/curated.json',
});

mkdirSync(out, { recursive: true });
const written = await writeEntitiesGz(join(out, 'entities.jsonl.gz'), merged.records);
const manifest = makeManifest({
  created,
  entities: written.records,
  names: written.names,
  sources,
  files: [{ path: 'entities.jsonl.gz', sha256: written.sha256, bytes: written.bytes, records: written.records }],
});
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

for (const p of problems.slice(0, 50)) console.error(`${p.file}:${p.line}: ${p.message}`);
if (problems.length > 50) console.error(`… and ${problems.length - 50} more problems`);
console.log(
  `dataset ${manifest.version}: ${written.records} entities, ${written.names} names, ` +
    `${(written.bytes / 1e6).toFixed(2)} MB gz; ${problems.length} problems; ` +
    `alt/add rows for entries not in sdn left out: ${ofac.unmatched.alt}/${ofac.unmatched.add}; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB → ${out}`,
);

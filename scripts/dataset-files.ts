// Loading entities for the command-line tools: a dataset directory (manifest.json + gzip'd JSON lines, the
// format the extension ships in public/dataset), or, while no such directory exists, the OFAC SDN list read
// straight from ../shared/data plus the hand-written records of test/fixtures/match/curated.jsonl. Each line is checked
// by the extension's own validator (lib/dataset/validate.ts), so the tools refuse what the extension would.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { DatasetManifest, Entity } from '../lib/dataset/format';
import { decodeEntityLine } from '../lib/dataset/jsonl';
import { readOfacEntities } from './ofac-csv';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '../shared');
export const DEFAULT_DATASET = join(ROOT, 'public/dataset');

/** A JSON-lines entity file, gzip'd or not. */
export function readJsonLines(path: string): Entity[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  // The first bad line stops the tool, named by file and line.
  const entities: Entity[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim()) entities.push(decodeEntityLine(line, path, i + 1));
  });
  return entities;
}

export function hasDataset(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

/** A dataset directory: its manifest and the entities of every file it lists. */
export function loadDataset(dir: string): { manifest: DatasetManifest; entities: Entity[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
  if (!Array.isArray(manifest.files)) throw new Error(`${dir}/manifest.json lists no files`);
  const entities: Entity[] = [];
  for (const f of manifest.files) {
    if (!/\.jsonl(\.gz)?$/.test(f.path)) continue;
    entities.push(...readJsonLines(join(dir, f.path)));
  }
  return { manifest, entities };
}

export const CURATED = join(ROOT, 'test/fixtures/match/curated.jsonl');
export const OFAC_SDN = join(SHARED, 'data/ofac/sdn_2024-07-02.csv.gz');

/** The OFAC SDN list of 2024-07-02 with aliases and addresses of 2025-01-06, plus the curated records. */
export function ofacFallback(): Entity[] {
  const ofac = readOfacEntities({
    sdn: OFAC_SDN,
    alt: join(SHARED, 'data/ofac/2025-01-06/alt.csv.gz'),
    add: join(SHARED, 'data/ofac/2025-01-06/add.csv.gz'),
  });
  return [...ofac, ...readJsonLines(CURATED)];
}

/**
 * The entities a tool works on: the dataset in `dir` when it has a manifest, else (for the default
 * directory only) the OFAC fallback, said on stderr.
 */
export function loadEntities(dir: string | undefined): { entities: Entity[]; source: string } {
  const d = resolve(dir ?? DEFAULT_DATASET);
  if (hasDataset(d)) return { entities: loadDataset(d).entities, source: d };
  if (dir !== undefined) throw new Error(`No dataset at ${d} (no manifest.json)`);
  if (!existsSync(OFAC_SDN)) throw new Error(`No dataset at ${d}, and no OFAC file at ${OFAC_SDN} to fall back on`);
  process.stderr.write(`No dataset at ${d} yet: using the OFAC SDN list of 2024-07-02 and ${CURATED}\n`);
  return { entities: ofacFallback(), source: 'ofac-sdn-2024-07-02+curated' };
}

// Loading entities for the command-line tools: a dataset directory (manifest.json + gzip'd JSON lines, the
// format the extension ships in public/dataset), or, while no such directory exists, the OFAC SDN list read
// straight from ../shared/data plus the hand-written records of test/fixtures/match/curated.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ENTITY_KINDS, NAME_TYPES, type DatasetManifest, type Entity, type EntityKind, type EntityName, type NameType, type Sanction } from '../lib/dataset/format';
import { readOfacEntities } from './ofac-csv';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '../shared');
export const DEFAULT_DATASET = join(ROOT, 'public/dataset');

function strings(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${what} must be a list of strings`);
  return v;
}

/** Checks one record from outside and types it; optional lists default to empty. */
export function toEntity(value: unknown, where: string): Entity {
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || typeof v.name !== 'string') throw new Error(`${where}: id and name must be strings`);
  if (!(ENTITY_KINDS as readonly string[]).includes(v.kind as string)) throw new Error(`${where}: unknown kind ${String(v.kind)}`);
  if (!Array.isArray(v.names)) throw new Error(`${where}: names must be a list`);
  const names: EntityName[] = v.names.map((n: unknown) => {
    const r = n as Record<string, unknown>;
    if (typeof r?.name !== 'string' || !(NAME_TYPES as readonly string[]).includes(r.type as string)) throw new Error(`${where}: bad name ${JSON.stringify(n)}`);
    return { name: r.name, type: r.type as NameType };
  });
  if (v.sanctions !== undefined && !Array.isArray(v.sanctions)) throw new Error(`${where}: sanctions must be a list`);
  const sanctions = ((v.sanctions as unknown[] | undefined) ?? []).map((s) => {
    const r = s as Record<string, unknown>;
    if (r?.status !== 'active' && r?.status !== 'delisted') throw new Error(`${where}: sanction status must be active or delisted`);
    return r as unknown as Sanction;
  });
  return {
    ...(v as unknown as Entity),
    kind: v.kind as EntityKind,
    names,
    sanctions,
    birthDates: strings(v.birthDates, `${where}: birthDates`),
    birthPlaces: strings(v.birthPlaces, `${where}: birthPlaces`),
    nationalities: strings(v.nationalities, `${where}: nationalities`),
    countries: strings(v.countries, `${where}: countries`),
    positions: strings(v.positions, `${where}: positions`),
    identifiers: Array.isArray(v.identifiers) ? (v.identifiers as Entity['identifiers']) : [],
    sources: Array.isArray(v.sources) ? (v.sources as Entity['sources']) : [],
    events: Array.isArray(v.events) ? (v.events as Entity['events']) : [],
  };
}

export function readJsonLines(path: string): Entity[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => toEntity(JSON.parse(l), `${path}:${i + 1}`));
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

// Node side of publishing (lib/dataset/publish): gzip'd files with their sha256 and size, a delta from each
// earlier version, and the manifest that names them all. Used by `npm run dataset:publish` and the tests.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { encodeDeltaLine } from '../../lib/dataset/delta';
import { diffEntities } from '../../lib/dataset/diff';
import type { DatasetSource, Entity } from '../../lib/dataset/format';
import { encodeEntityLine, sortById } from '../../lib/dataset/jsonl';
import { datasetVersion } from '../../lib/dataset/manifest';
import { deltaPath, fullPath, MANIFEST_PATH, type DeltaRef, type PublishedManifest } from '../../lib/dataset/publish';

export interface VersionInput {
  created: Date;
  entities: Entity[];
  sources?: DatasetSource[];
}

export function gzipLines(lines: string[]): Uint8Array {
  return gzipSync(lines.map((l) => `${l}\n`).join(''), { level: 6 });
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Publication {
  manifest: PublishedManifest;
  files: Map<string, Uint8Array>;
  versions: { version: string; created: string }[];
}

/** Every version's full file and the delta from each version to the next; the manifest names the last version. */
export function publish(versions: VersionInput[], options: { keepDeltas?: number } = {}): Publication {
  const files = new Map<string, Uint8Array>();
  const made: { version: string; created: string; entities: Entity[]; full: Uint8Array; sources: DatasetSource[] }[] = [];
  for (const v of versions) {
    const full = gzipLines(sortById(v.entities).map(encodeEntityLine));
    const version = datasetVersion(v.created, sha256(full));
    files.set(fullPath(version), full);
    made.push({ version, created: v.created.toISOString(), entities: v.entities, full, sources: v.sources ?? [] });
  }
  const deltas: DeltaRef[] = [];
  for (let i = 1; i < made.length; i++) {
    const [a, b] = [made[i - 1], made[i]];
    const ops = diffEntities(a.entities, b.entities);
    const bytes = gzipLines(ops.map(encodeDeltaLine));
    const path = deltaPath(a.version, b.version);
    files.set(path, bytes);
    deltas.push({ from: a.version, to: b.version, fromCreated: a.created, toCreated: b.created, path, sha256: sha256(bytes), bytes: bytes.length, records: ops.length });
  }
  const last = made[made.length - 1];
  const manifest: PublishedManifest = {
    format: 1,
    version: last.version,
    created: last.created,
    entities: last.entities.length,
    names: last.entities.reduce((n, e) => n + e.names.length, 0),
    sources: last.sources,
    files: [{ path: fullPath(last.version), sha256: sha256(last.full), bytes: last.full.length, records: last.entities.length }],
    deltas: deltas.slice(-(options.keepDeltas ?? 10)),
  };
  files.set(MANIFEST_PATH, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return { manifest, files, versions: made.map(({ version, created }) => ({ version, created })) };
}

// The folder a dataset is published in, for any static host:
//   manifest.json                         the newest version: its full file, and deltas from recent versions
//   full/<version>.jsonl.gz               every entity of that version (lib/dataset/jsonl)
//   deltas/<from>_to_<to>.jsonl.gz        the changes from one version to the next (lib/dataset/delta)
// A reader fetches manifest.json, then either the full file or a chain of deltas from the version it has.
import type { DatasetManifest } from './format';
import { parseManifest } from './manifest';
import { isObject, str, ValidationError } from './validate';

export interface DeltaRef {
  from: string;
  to: string;
  /** The `created` times of both versions: they bound when a change in the delta happened. */
  fromCreated: string;
  toCreated: string;
  path: string;
  sha256: string;
  bytes: number;
  records: number;
}

export type PublishedManifest = DatasetManifest & { deltas: DeltaRef[] };

export const MANIFEST_PATH = 'manifest.json';

export function fullPath(version: string): string {
  return `full/${version}.jsonl.gz`;
}

export function deltaPath(from: string, to: string): string {
  return `deltas/${from}_to_${to}.jsonl.gz`;
}

function count(o: Record<string, unknown>, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ValidationError(`${where}: "${key}" must be a non-negative integer`);
  return v;
}

/** A relative path inside the published folder; anything that could leave it (another host, `..`) is refused. */
function relativePath(o: Record<string, unknown>, key: string, where: string): string {
  const v = str(o, key, where);
  if (/^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.(\/|$)/i.test(v)) throw new ValidationError(`${where}: "${key}" must be a path inside the dataset folder`);
  return v;
}

/** A published manifest from untrusted JSON: the dataset manifest, plus its deltas (none when absent). */
export function parsePublishedManifest(value: unknown): PublishedManifest {
  const manifest = parseManifest(value);
  manifest.files.forEach((f, i) => relativePath(f as unknown as Record<string, unknown>, 'path', `manifest files[${i}]`));
  const raw = isObject(value) ? value.deltas : undefined;
  if (raw !== undefined && !Array.isArray(raw)) throw new ValidationError('manifest: "deltas" must be an array');
  const deltas = (raw ?? []).map((d: unknown, i: number): DeltaRef => {
    const w = `manifest deltas[${i}]`;
    if (!isObject(d)) throw new ValidationError(`${w}: not an object`);
    const sha256 = str(d, 'sha256', w);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ValidationError(`${w}: bad sha256`);
    return {
      from: str(d, 'from', w),
      to: str(d, 'to', w),
      fromCreated: str(d, 'fromCreated', w),
      toCreated: str(d, 'toCreated', w),
      path: relativePath(d, 'path', w),
      sha256,
      bytes: count(d, 'bytes', w),
      records: count(d, 'records', w),
    };
  });
  return { ...manifest, deltas };
}

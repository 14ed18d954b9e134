// The manifest names a dataset version and lets a reader check every file before it replaces the installed one.

import { FORMAT_VERSION, type DatasetFile, type DatasetManifest, type DatasetSource } from './format';
import { ValidationError, isObject, str } from './validate';

/**
 * A version id that sorts as time does: the build time in ISO 8601 UTC with ':' written '.' (safe in file names
 * and URLs), then the first 8 hex digits of the entities file's sha256, so two builds in one second still differ
 * and a version names its content: `2024-07-02T08.24.00Z-1a2b3c4d`.
 */
export function datasetVersion(created: Date, entitiesSha256: string): string {
  const t = created.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '.');
  return `${t}-${entitiesSha256.slice(0, 8)}`;
}

export function makeManifest(args: {
  created: Date;
  entities: number;
  names: number;
  sources: DatasetSource[];
  files: DatasetFile[];
}): DatasetManifest {
  const main = args.files[0];
  if (!main) throw new Error('a manifest needs at least the entities file');
  return {
    format: FORMAT_VERSION,
    version: datasetVersion(args.created, main.sha256),
    created: args.created.toISOString(),
    entities: args.entities,
    names: args.names,
    sources: args.sources,
    files: args.files,
  };
}

function count(o: Record<string, unknown>, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new ValidationError(`${where}: "${key}" must be a non-negative integer`);
  }
  return v;
}

/** A manifest from untrusted JSON (a download or the bundled file). */
export function parseManifest(value: unknown): DatasetManifest {
  const w = 'manifest';
  if (!isObject(value)) throw new ValidationError(`${w}: not an object`);
  const format = count(value, 'format', w);
  if (format !== FORMAT_VERSION) throw new ValidationError(`${w}: format ${format} is not ${FORMAT_VERSION}`);
  const list = (key: string) => {
    const v = value[key];
    if (!Array.isArray(v)) throw new ValidationError(`${w}: "${key}" must be an array`);
    return v.map((x, i) => {
      if (!isObject(x)) throw new ValidationError(`${w}: "${key}[${i}]" must be an object`);
      return x;
    });
  };
  const sources: DatasetSource[] = list('sources').map((s, i) => ({
    name: str(s, 'name', `${w} sources[${i}]`),
    publisher: str(s, 'publisher', `${w} sources[${i}]`),
    snapshot: str(s, 'snapshot', `${w} sources[${i}]`),
    licence: str(s, 'licence', `${w} sources[${i}]`),
    url: str(s, 'url', `${w} sources[${i}]`),
  }));
  const files: DatasetFile[] = list('files').map((f, i) => {
    const sha256 = str(f, 'sha256', `${w} files[${i}]`);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ValidationError(`${w} files[${i}]: bad sha256`);
    return { path: str(f, 'path', `${w} files[${i}]`), sha256, bytes: count(f, 'bytes', w), records: count(f, 'records', w) };
  });
  return {
    format,
    version: str(value, 'version', w),
    created: str(value, 'created', w),
    entities: count(value, 'entities', w),
    names: count(value, 'names', w),
    sources,
    files,
  };
}

// The manifest names a dataset version and lets a reader check every file before it replaces the installed one.

import { DatasetManifestSchema, FORMAT_VERSION, type DatasetFile, type DatasetManifest, type DatasetSource } from './format';
import { ValidationError, check, isObject } from './validate';

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

/** A manifest from untrusted JSON (a download or the bundled file). */
export function parseManifest(value: unknown): DatasetManifest {
  if (!isObject(value)) throw new ValidationError('manifest: not an object');
  return check(DatasetManifestSchema, value, 'manifest');
}

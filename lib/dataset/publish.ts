// The folder a dataset is published in, for any static host:
//   manifest.json                         the newest version: its full file, and deltas from recent versions
//   full/<version>.jsonl.gz               every entity of that version (lib/dataset/jsonl)
//   deltas/<from>_to_<to>.jsonl.gz        the changes from one version to the next (lib/dataset/delta)
// A reader fetches manifest.json, then either the full file or a chain of deltas from the version it has.
import * as v from 'valibot';
import { DatasetFileSchema, MAX_ITEMS, NO_FILES, DatasetManifestSchema, fields, list, requiredText, versionId } from './format';
import { check, isObject, ValidationError } from './validate';

/**
 * What a published path may not hold: white space or a control character (the URL parser drops them, so
 * `" http://other/x"` is another host), a backslash, an encoded dot, slash or backslash (`%2e%2e/` is `../`), a
 * scheme, a leading slash, or a `.` or `..` segment.
 */
export const UNSAFE_PATH = /[\u0000-\u0020\u007f-\u009f\\]|%2e|%2f|%5c|^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.?(\/|$)/i;

/** A relative path inside the published folder; anything that could leave it (another host, `..`) is refused. */
const relativePath = v.pipe(
  requiredText,
  v.check((p) => !UNSAFE_PATH.test(p), 'must be a path inside the dataset folder'),
);

const file = DatasetFileSchema.entries;

export const DeltaRefSchema = fields({
  from: versionId,
  to: versionId,
  /** The `created` times of both versions: they bound when a change in the delta happened. */
  fromCreated: requiredText,
  toCreated: requiredText,
  path: relativePath,
  sha256: file.sha256,
  bytes: file.bytes,
  records: file.records,
});
export type DeltaRef = v.InferOutput<typeof DeltaRefSchema>;

/** The dataset manifest, with its files' paths kept inside the folder, plus its deltas (none when absent). */
export const PublishedManifestSchema = fields({
  ...DatasetManifestSchema.entries,
  files: list(fields({ ...file, path: relativePath }), MAX_ITEMS, { min: 1, message: NO_FILES }),
  deltas: v.optional(list(DeltaRefSchema), () => []),
});
export type PublishedManifest = v.InferOutput<typeof PublishedManifestSchema>;

export const MANIFEST_PATH = 'manifest.json';

export function fullPath(version: string): string {
  return `full/${version}.jsonl.gz`;
}

export function deltaPath(from: string, to: string): string {
  return `deltas/${from}_to_${to}.jsonl.gz`;
}

/** A published manifest from untrusted JSON. */
export function parsePublishedManifest(value: unknown): PublishedManifest {
  if (!isObject(value)) throw new ValidationError('manifest: not an object');
  return check(PublishedManifestSchema, value, 'manifest');
}

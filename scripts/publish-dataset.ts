// npm run dataset:publish -- [--dataset DIR] [--out DIR] [--keep N]
// Adds a built dataset (manifest.json + entities.jsonl.gz from `npm run dataset`) to a published folder as its newest
// version: the full file under full/, a delta from the version published before it under deltas/, and a manifest
// naming both and the deltas of up to N earlier versions (lib/dataset/publish describes the layout).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { encodeDeltaLine } from '../lib/dataset/delta';
import { diffEntities } from '../lib/dataset/diff';
import type { Entity } from '../lib/dataset/format';
import { decodeEntityLine } from '../lib/dataset/jsonl';
import { parseManifest } from '../lib/dataset/manifest';
import { deltaPath, fullPath, MANIFEST_PATH, parsePublishedManifest, type DeltaRef, type PublishedManifest } from '../lib/dataset/publish';
import { compareVersions } from '../lib/sync/version';
import { gzipLines, sha256 } from './dataset/publication';

const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'public/dataset' },
    out: { type: 'string', default: 'published' },
    keep: { type: 'string', default: '10' },
  },
});

function entitiesOf(bytes: Uint8Array, file: string): Entity[] {
  return gunzipSync(bytes).toString('utf8').split('\n').flatMap((line, i) => (line.trim() ? [decodeEntityLine(line, file, i + 1)] : []));
}

function write(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

const source = resolve(args.dataset);
const out = resolve(args.out);
const built = parseManifest(JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')));
const fullBytes = readFileSync(join(source, built.files[0].path));
if (sha256(fullBytes) !== built.files[0].sha256) throw new Error(`${built.files[0].path} does not match the sha256 in ${source}/manifest.json`);

const previousPath = join(out, MANIFEST_PATH);
const previous: PublishedManifest | null = existsSync(previousPath) ? parsePublishedManifest(JSON.parse(readFileSync(previousPath, 'utf8'))) : null;
if (previous && compareVersions(built.version, previous.version) <= 0) {
  throw new Error(`${built.version} is not newer than the published ${previous.version}; a reader would never install it.`);
}

const deltas: DeltaRef[] = previous?.deltas ?? [];
if (previous) {
  const before = entitiesOf(readFileSync(join(out, previous.files[0].path)), previous.files[0].path);
  const after = entitiesOf(fullBytes, built.files[0].path);
  const ops = diffEntities(before, after);
  const bytes = gzipLines(ops.map(encodeDeltaLine));
  const path = deltaPath(previous.version, built.version);
  write(join(out, path), bytes);
  deltas.push({ from: previous.version, to: built.version, fromCreated: previous.created, toCreated: built.created, path, sha256: sha256(bytes), bytes: bytes.length, records: ops.length });
  console.log(`delta ${previous.version} -> ${built.version}: ${ops.length} changes, ${bytes.length} bytes`);
}
const path = fullPath(built.version);
write(join(out, path), fullBytes);
const manifest: PublishedManifest = { ...built, files: [{ ...built.files[0], path }], deltas: deltas.slice(-Number(args.keep)) };
write(previousPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`published ${built.version} (${built.entities} entities, ${fullBytes.length} bytes) in ${out}; ${manifest.deltas.length} deltas listed`);

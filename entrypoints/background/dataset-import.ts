// Loads a dataset (manifest + gzip'd JSON lines) into IndexedDB beside the active one, then switches
// to it in one transaction. Until the switch the previous dataset keeps answering; a worker stopped
// mid-import leaves only staging rows, which the next import of the same version overwrites.
import type { DatasetManifest, Entity } from '@/lib/dataset/format';
import { readLines } from '@/lib/dataset/lines';
import { toEntity, ValidationError } from '@/lib/dataset/validate';
import { nameKey } from '@/lib/names/normalize';
import { db, type StoredEntity, type StoredEvent, type StoredName } from './database';

const BATCH = 500;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

function parseManifest(value: unknown): DatasetManifest {
  const m = value as Partial<DatasetManifest> | null;
  if (!m || typeof m.version !== 'string' || !Array.isArray(m.files) || m.files.length === 0 || !Array.isArray(m.sources))
    throw new ImportError('The dataset manifest is not in the expected format.');
  return m as DatasetManifest;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function storeBatch(version: string, batch: Entity[]): Promise<number> {
  const entities: StoredEntity[] = [];
  const names: StoredName[] = [];
  const events: StoredEvent[] = [];
  for (const { events: history, ...entity } of batch) {
    entities.push({ ...entity, version });
    const seen = new Set<string>();
    for (const n of entity.names) {
      const key = nameKey(n.name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      names.push({ version, key, entityId: entity.id, name: n.name });
    }
    history.forEach((e, seq) => events.push({ ...e, version, entityId: entity.id, seq }));
  }
  await db.transaction('rw', db.entities, db.names, db.events, async () => {
    await db.entities.bulkPut(entities);
    await db.names.bulkPut(names);
    await db.events.bulkPut(events);
  });
  return names.length;
}

/** Imports the dataset whose manifest is at `manifestUrl` and makes it active. Returns its manifest. */
export async function importDataset(manifestUrl: string): Promise<DatasetManifest> {
  const manifest = parseManifest(await (await fetch(manifestUrl)).json());
  const file = manifest.files[0];
  const response = await fetch(new URL(file.path, manifestUrl));
  if (!response.ok) throw new ImportError(`The dataset file could not be read (HTTP ${response.status}).`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength !== file.bytes) throw new ImportError(`The dataset file has ${bytes.byteLength} bytes, not the ${file.bytes} its manifest announces.`);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new ImportError('The dataset file does not match its checksum.');

  const version = manifest.version;
  const text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream());
  let batch: Entity[] = [];
  let count = 0;
  try {
    for await (const { line, number } of readLines(text)) {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new ImportError(`Line ${number} of the dataset is not valid JSON.`);
      }
      try {
        batch.push(toEntity(record, `line ${number}`));
      } catch (e) {
        if (e instanceof ValidationError) throw new ImportError(`The dataset has an invalid record at ${e.message}.`);
        throw e;
      }
      if (batch.length >= BATCH) {
        await storeBatch(version, batch);
        count += batch.length;
        batch = [];
      }
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`The dataset file could not be decompressed or read: ${(e as Error).message}`);
  }
  await storeBatch(version, batch);
  count += batch.length;
  if (count !== manifest.entities) throw new ImportError(`The dataset has ${count} records, not the ${manifest.entities} its manifest announces.`);

  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'active', version, manifest, importedAt: new Date().toISOString() });
  });
  // Old rows go only after the switch; if the worker stops here, the next start removes them.
  await removeOtherVersions(version);
  return manifest;
}

export async function removeOtherVersions(keep: string): Promise<void> {
  for (const table of [db.entities, db.names, db.events]) {
    await table.where('version').notEqual(keep).delete();
  }
}

// The in-memory name index of the active dataset. A stopped worker loses it; the next request rebuilds it
// from IndexedDB, so nothing depends on worker globals surviving.
import type { Entity } from '@/lib/dataset/format';
import { buildNameIndex, type NameIndex } from '@/lib/match/scan';
import { activeVersion, db } from './database';

let cached: { version: string; index: Promise<NameIndex> } | undefined;

export async function currentIndex(): Promise<NameIndex | null> {
  const active = await activeVersion();
  if (!active) return null;
  // A delta changes the active rows in place under the same key, with a new manifest version: rebuild then too.
  const key = `${active.version}|${active.manifest.version}`;
  if (cached?.version !== key) {
    const version = active.version;
    cached = {
      version: key,
      index: db.entities
        .where('version')
        .equals(version)
        .toArray()
        .then((rows) => buildNameIndex(rows.map((r): Entity => ({ ...r, events: [] })))),
    };
  }
  return cached.index;
}

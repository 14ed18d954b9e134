// Popup search over every name and alias of the active dataset: folded prefix match on each word of the query.
import { entityStatus } from '@/lib/dataset/format';
import { nameKey } from '@/lib/names/normalize';
import type { EntitySummary } from '@/lib/protocol';
import { activeVersion, db, type StoredEntity } from './database';

export function summarize(e: StoredEntity): EntitySummary {
  return { id: e.id, name: e.name, kind: e.kind, status: entityStatus(e), countries: e.countries, role: e.positions[0] ?? e.description };
}

export async function searchNames(query: string, limit: number): Promise<EntitySummary[]> {
  const active = await activeVersion();
  const words = nameKey(query).split(' ').filter(Boolean);
  if (!active || words.length === 0) return [];
  const v = active.version;
  // Candidates: names whose folded key starts with the longest query word, then all words must occur as word prefixes.
  const lead = [...words].sort((a, b) => b.length - a.length)[0];
  const hits = new Map<string, number>();
  await db.names
    .where('[version+key+entityId]')
    .between([v, '', ''], [v, '\uffff', '\uffff'])
    .filter((n) => {
      const parts = n.key.split(' ');
      return words.every((w) => parts.some((p) => p.startsWith(w))) && parts.some((p) => p.startsWith(lead));
    })
    .each((n) => {
      const exact = n.key === words.join(' ') ? 0 : 1;
      hits.set(n.entityId, Math.min(hits.get(n.entityId) ?? 9, exact));
    });
  const ids = [...hits.entries()].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([id]) => [v, id] as [string, string]);
  const rows = await db.entities.bulkGet(ids);
  return rows.filter((r): r is StoredEntity => r !== undefined).map(summarize);
}

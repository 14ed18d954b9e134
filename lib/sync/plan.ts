// What to download: a chain of deltas from the installed version when that is smaller than the full file.
import type { DatasetFile } from '../dataset/format';
import type { DeltaRef, PublishedManifest } from '../dataset/publish';

export type SyncPlan = { kind: 'full'; file: DatasetFile } | { kind: 'deltas'; chain: DeltaRef[] };

/** The shortest-in-bytes chain of deltas from `installed` to the manifest's version, or null when none exists. */
export function deltaChain(manifest: PublishedManifest, installed: string): DeltaRef[] | null {
  // Dijkstra over versions; a handful of deltas, so a linear scan for the nearest is plenty.
  const best = new Map<string, { bytes: number; chain: DeltaRef[] }>([[installed, { bytes: 0, chain: [] }]]);
  const done = new Set<string>();
  for (;;) {
    let here: string | undefined;
    for (const [v, b] of best) if (!done.has(v) && (here === undefined || b.bytes < best.get(here)!.bytes)) here = v;
    if (here === undefined) return null;
    const at = best.get(here)!;
    if (here === manifest.version) return at.chain;
    done.add(here);
    for (const d of manifest.deltas) {
      if (d.from !== here || d.to <= d.from) continue;
      const bytes = at.bytes + d.bytes;
      const known = best.get(d.to);
      if (!known || bytes < known.bytes) best.set(d.to, { bytes, chain: [...at.chain, d] });
    }
  }
}

export function choosePlan(manifest: PublishedManifest, installed: string | null): SyncPlan {
  const file = manifest.files[0];
  const chain = installed === null ? null : deltaChain(manifest, installed);
  if (chain && chain.length > 0 && chain.reduce((n, d) => n + d.bytes, 0) < file.bytes) return { kind: 'deltas', chain };
  return { kind: 'full', file };
}

// Synthetic dataset versions for the sync tests: small enough for fake-indexeddb, large enough for several batches.
import type { Entity } from '../../lib/dataset/format';
import { fullPath, MANIFEST_PATH, type PublishedManifest } from '../../lib/dataset/publish';
import { sha256, type Publication } from '../../scripts/dataset/publication';

export function person(id: string, name: string, programs: string[]): Entity {
  return {
    id, kind: 'person', name, names: [{ name, type: 'primary' }],
    birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [],
    sources: [{ list: 'us-ofac-sdn', ref: id }],
    sanctions: programs.map((program) => ({ authority: 'US OFAC', list: 'us-ofac-sdn', program, status: 'active' as const })),
    events: [],
  };
}

const WORDS = ['ALBA', 'BRAVO', 'CEDRO', 'DELTA', 'ECO', 'FARO', 'GOLFO', 'HOTEL', 'INDIO', 'JULIO'];

/** `n` listed people plus Nicolás Maduro, the name the tests look up to see that a dataset answers. */
export function entities(n: number): Entity[] {
  const out = [person('ofac-22790', 'MADURO MOROS, Nicolas', ['VENEZUELA'])];
  for (let i = 1; i <= n; i++) {
    const name = `${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]} ${WORDS[Math.floor(i / 100) % 10]} ${i}`;
    out.push(person(`ofac-${100000 + i}`, name, [i % 3 ? 'SDGT' : 'IRAN']));
  }
  return out;
}

/** The publication with its full file replaced by `bytes` and the manifest announcing them (a consistent publisher). */
export function withFullFile(pub: Publication, bytes: Uint8Array, records = pub.manifest.files[0].records): Map<string, Uint8Array> {
  const path = fullPath(pub.manifest.version);
  const manifest: PublishedManifest = { ...pub.manifest, deltas: [], files: [{ path, sha256: sha256(bytes), bytes: bytes.length, records }] };
  const files = new Map(pub.files);
  files.set(path, bytes);
  files.set(MANIFEST_PATH, new TextEncoder().encode(JSON.stringify(manifest)));
  return files;
}

export function withoutDeltas(pub: Publication): Map<string, Uint8Array> {
  const files = new Map(pub.files);
  files.set(MANIFEST_PATH, new TextEncoder().encode(JSON.stringify({ ...pub.manifest, deltas: [] })));
  return files;
}

// The rows of the installed OFAC SDN publication, as kept in storage for the next publication's change files: each
// file's rows as JSON text, a few hundred rows a piece. Some 55,000 row objects stored as objects cost the worker a
// structured clone of a tenth of a second and more in one go, on every write and every read (pages wait for it);
// as strings they are copied whole, and the pieces are encoded or decoded with a turn of the event loop every 8 ms.
import type { OfacSet } from '../../dataset/ofac';
import { breather } from '../breather';

/** OfacSet as stored: per file, JSON arrays of up to PIECE rows. */
export type StoredOfacRows = Record<keyof OfacSet, string[]>;

// 200 rows are about a millisecond of JSON on this machine; the breather yields every 8 ms.
const PIECE = 200;
const FILES = ['sdn', 'alt', 'add'] as const;

export async function encodeOfacRows(rows: OfacSet): Promise<StoredOfacRows> {
  const breathe = breather();
  const out: StoredOfacRows = { sdn: [], alt: [], add: [] };
  for (const f of FILES) {
    for (let i = 0; i < rows[f].length; i += PIECE) {
      out[f].push(JSON.stringify(rows[f].slice(i, i + PIECE)));
      await breathe();
    }
  }
  return out;
}

export async function decodeOfacRows(stored: StoredOfacRows): Promise<OfacSet> {
  const breathe = breather();
  const out: OfacSet = { sdn: [], alt: [], add: [] };
  for (const f of FILES) {
    for (const piece of stored[f]) {
      (out[f] as unknown[]).push(...(JSON.parse(piece) as unknown[]));
      await breathe();
    }
  }
  return out;
}

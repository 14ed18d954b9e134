// Per-entity lists of a few short strings (countries, country filter keys) packed as the distinct values, offsets
// and value ids: a woken popup or worker reads the search index back from IndexedDB, and 17,000 small arrays cost
// more to deserialise than three flat ones (lib/search/word-groups.ts says the same of the skeleton tables).

export interface PackedLists {
  /** Each distinct string once. */
  values: string[];
  /** List i is values[ids[offsets[i]]] .. values[ids[offsets[i + 1] - 1]]. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

export function packLists(lists: readonly (readonly string[])[]): PackedLists {
  const valueId = new Map<string, number>();
  const values: string[] = [];
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    total += list.length;
    offsets[i + 1] = total;
  });
  const ids = new Uint32Array(total);
  let at = 0;
  for (const list of lists) {
    for (const v of list) {
      let id = valueId.get(v);
      if (id === undefined) {
        id = values.length;
        values.push(v);
        valueId.set(v, id);
      }
      ids[at++] = id;
    }
  }
  return { values, offsets, ids };
}

/** List i, as it was given. */
export function listAt(p: PackedLists, i: number): string[] {
  const out: string[] = [];
  for (let k = p.offsets[i]; k < p.offsets[i + 1]; k++) out.push(p.values[p.ids[k]]);
  return out;
}

/** Whether list i holds the value of id `value` (values.indexOf of it). */
export function listHas(p: PackedLists, i: number, value: number): boolean {
  for (let k = p.offsets[i]; k < p.offsets[i + 1]; k++) if (p.ids[k] === value) return true;
  return false;
}

// A brand alone ("Sberbank", "Rosneft") names the firm whose listed names give it, the parent; the firms whose names
// begin with the same word (SBERBANK EUROPE AG, ROSNEFT TRADING SA) are its family: the card offers them as
// alternatives, never in the parent's place and never without it (trie-walk.ts drops them when no parent is found).
// They are kept while the index is built and added to the trie at its end, once every parent is known.
import type { Entity } from '../dataset/format';
import type { NameVariant } from '../names/variants';
import { isConnector, isParticle } from '../names/transliterate';
import { ENTITY_MASK, OUT_SHARED_BRAND, entityKind, type NameIndex } from './name-index';

/** At most this many family members a brand offers. */
const MAX_FAMILY = 8;

export class BrandFamilies {
  /** Skeleton of a one-word organisation form to the entities it names. */
  private readonly parents = new Map<number, number[]>();
  /** Skeleton of an organisation name's first word to the entities whose names begin with it. */
  private readonly members = new Map<number, number[]>();

  /**
   * Notes one form of an organisation's name, as a path of skeletons. A firm joins a brand's family by its primary
   * name only: an alias that begins with the word (KATA'IB HIZBALLAH as "Hizballah Brigades", a TV station RUSSIA-1
   * as "Rossiya 1") is another body that shares a word, not the brand.
   */
  note(entity: Entity, e: number, v: NameVariant, path: readonly number[], primary: boolean): void {
    if (entity.kind === 'person' || entity.kind === 'vessel' || entity.kind === 'aircraft') return;
    if (path.length === 1) push(this.parents, path[0], e);
    else if (primary && (v.missing === 0 || v.withoutLegalForm)) {
      if (!isConnector(v.tokens[0]) && !isParticle(v.tokens[0])) push(this.members, path[0], e);
    }
  }

  /** Each brand's family, as (skeleton, entity) pairs: members that are not among the brand's own firms. */
  *family(): Generator<[number, number]> {
    for (const [sk, firms] of this.parents) {
      const members = this.members.get(sk);
      if (!members) continue;
      let n = 0;
      for (const e of members) {
        if (firms.includes(e)) continue;
        if (++n > MAX_FAMILY) break;
        yield [sk, e];
      }
    }
  }
}

/** Whether an output is a firm that only shares the brand (OUT_SHARED_BRAND is a person's family-first flag too). */
export function isSharedBrand(index: NameIndex, v: number): boolean {
  return (v & OUT_SHARED_BRAND) !== 0 && entityKind(index, v & ENTITY_MASK) !== 'person';
}

/** Adds e to key's list once; entities come in order, so e is already there only if it is the last. */
function push(map: Map<number, number[]>, key: number, e: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (list[list.length - 1] !== e) list.push(e);
}

// A brand alone ("Sberbank", "Rosneft") names the firm whose listed names give it, the parent; the firms whose names
// begin with the same word (SBERBANK EUROPE AG, ROSNEFT TRADING SA) are its family: the card offers them as
// alternatives, never in the parent's place and never without it (trie-walk.ts drops them when no parent is found).
// They are kept while the index is built and added to the trie at its end, once every parent is known.
import type { Entity } from '../dataset/format';
import { hasLegalForm, type NameVariant } from '../names/variants';
import { isConnector, isParticle } from '../names/transliterate';
import { IntList } from './int-list';
import { ENTITY_MASK, OUT_ALIAS, OUT_MISSING_SHIFT, OUT_NO_LEGAL_FORM, OUT_SHARED_BRAND, entityKind, type NameIndex } from './name-index';

/** At most this many family members a brand offers. */
const MAX_FAMILY = 8;

export class BrandFamilies {
  /** Skeleton of a one-word organisation form to the entities it names. */
  private readonly parents = new Map<number, number[]>();
  /** Skeleton of an organisation name's first word to the entities whose names begin with it. */
  private readonly members = new Map<number, number[]>();
  /**
   * The last word's skeleton of each full name of an organisation and its entity, and the organisations one of whose
   * names has a legal form at either end (LLC, OOO, PJSC): such a firm is named by its legal form, words of kind and
   * the brand (LIMITED LIABILITY COMPANY FOREIGN ECONOMIC ASSOCIATION TECHNOPROMEXPORT beside the OAO whose name alone
   * is TEKHNOPROMEXPORT), and any of its spellings may be the page's. Not a body whose name only ends with another's
   * word and that has no legal form (HARAKAT AL-NUJABA a.k.a. MOVEMENT OF THE NOBLE ONES HEZBOLLAH).
   */
  private readonly tailSkels = new IntList();
  private readonly tailEntities = new IntList();
  private readonly formed = new Set<number>();

  /**
   * Notes one form of an organisation's name, as a path of skeletons. A firm joins a brand's family by its primary
   * name only: an alias that begins with the word (KATA'IB HIZBALLAH as "Hizballah Brigades", a TV station RUSSIA-1
   * as "Rossiya 1") is another body that shares a word, not the brand.
   */
  note(entity: Entity, e: number, v: NameVariant, path: readonly number[], primary: boolean): void {
    if (entity.kind === 'person' || entity.kind === 'vessel' || entity.kind === 'aircraft') return;
    if (path.length === 1) push(this.parents, path[0], e);
    else {
      if (primary && (v.missing === 0 || v.withoutLegalForm)) {
        if (!isConnector(v.tokens[0]) && !isParticle(v.tokens[0])) push(this.members, path[0], e);
      }
      if (entity.kind !== 'organization' || v.missing !== 0) return;
      this.tailSkels.push(path[path.length - 1]);
      this.tailEntities.push(e);
      if (!this.formed.has(e) && hasLegalForm(v.tokens)) this.formed.add(e);
    }
  }

  /**
   * Notes entity e as one of the brand's own firms after the names are read (build-name-index.ts, finish): false when
   * no firm has the brand as its one word, or e is already one of them.
   */
  addParent(sk: number, e: number): boolean {
    const firms = this.parents.get(sk);
    if (!firms || firms.includes(e)) return false;
    firms.push(e);
    return true;
  }

  /**
   * Each brand's family, as (skeleton, output) pairs: members that are not among the brand's own firms, those whose
   * names begin with the brand first, then the firms the brand names as well as its own (BRAND_FIRM_MISSING).
   */
  *family(): Generator<[number, number]> {
    const tails = new Map<number, number[]>();
    const skels = this.tailSkels.data;
    const entities = this.tailEntities.data;
    const count = this.tailSkels.length;
    for (let k = 0; k < count; k++) if (this.formed.has(entities[k]) && this.parents.has(skels[k])) push(tails, skels[k], entities[k]);
    for (const [sk, firms] of this.parents) {
      const members = this.members.get(sk) ?? NONE;
      let n = 0;
      for (const e of members) {
        if (firms.includes(e)) continue;
        if (++n > MAX_FAMILY) break;
        yield [sk, e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_SHARED_BRAND | (7 << OUT_MISSING_SHIFT)];
      }
      for (const e of tails.get(sk) ?? NONE) {
        if (firms.includes(e) || members.includes(e)) continue;
        if (++n > MAX_FAMILY) break;
        yield [sk, e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_SHARED_BRAND | (BRAND_FIRM_MISSING << OUT_MISSING_SHIFT)];
      }
    }
  }
}

// A family member's output counts 7 listed words left out, so that it ranks below the brand's own firms; a firm
// whose name is a legal form, words of kind and the brand counts one less, to be told apart (isBrandFirm).
export const BRAND_FIRM_MISSING = 6;
const NONE: readonly number[] = [];

/**
 * Whether an output is a firm the brand alone names as well as its own firm (a legal form, words of kind and the
 * brand): put first where the page names what the lists link it to (rank.ts), never a body that only begins with
 * the brand's word (ISIS-SOMALIA for "ISIS").
 */
export function isBrandFirm(index: NameIndex, v: number): boolean {
  return isSharedBrand(index, v) && ((v >>> OUT_MISSING_SHIFT) & 7) === BRAND_FIRM_MISSING;
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

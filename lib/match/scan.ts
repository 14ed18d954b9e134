// Finding mentions of indexed names in running text: one pass over the page's tokens,
// looking up token runs of up to `maxTokens` words in a map of folded name keys.
import { entityStatus, type Entity, type EntityKind, type NameType } from '../dataset/format';
import { nameKey, tokenize } from '../names/normalize';
import { nameVariants } from '../names/variants';

export type MentionStatus = 'sanctioned' | 'delisted' | 'not-sanctioned' | 'possible';

export interface Mention {
  text: string;
  start: number;
  end: number;
  entityId: string;
  status: MentionStatus;
  /** Other entities the same words could name, best first. */
  alternatives: string[];
}

interface Candidate {
  entityId: string;
  nameType: NameType;
  kind: EntityKind;
  status: Exclude<MentionStatus, 'possible'>;
  /** True when the key is a whole listed name, not a derived variant. */
  exact: boolean;
}

export interface NameIndex {
  keys: Map<string, Candidate[]>;
  maxTokens: number;
  names: number;
}

export function buildNameIndex(entities: Iterable<Entity>): NameIndex {
  const keys = new Map<string, Candidate[]>();
  let maxTokens = 1;
  let names = 0;
  for (const entity of entities) {
    const status = entityStatus(entity);
    for (const n of entity.names) {
      if (n.type === 'weak') continue;
      for (const variant of nameVariants(n.name, entity.kind)) {
        const key = nameKey(variant.text);
        if (!key) continue;
        const list = keys.get(key) ?? [];
        if (list.some((c) => c.entityId === entity.id)) continue;
        list.push({ entityId: entity.id, nameType: n.type, kind: entity.kind, status, exact: variant.exact });
        keys.set(key, list);
        names++;
        maxTokens = Math.max(maxTokens, key.split(' ').length);
      }
    }
  }
  return { keys, maxTokens, names };
}

function isAcronym(text: string): boolean {
  return text.length >= 3 && /^[\p{Lu}\p{N}]+$/u.test(text);
}

/** Single words match only as an organization's acronym written in capitals (SEBIN, PDVSA). */
function acceptable(c: Candidate, tokenCount: number, original: string): boolean {
  if (tokenCount > 1) return c.kind !== 'vessel' && c.kind !== 'aircraft' ? true : c.exact;
  return c.kind !== 'person' && c.kind !== 'vessel' && c.kind !== 'aircraft' && isAcronym(original);
}

function rank(a: Candidate, b: Candidate): number {
  const weight = (c: Candidate) => (c.exact ? 0 : 2) + (c.nameType === 'primary' ? 0 : 1);
  return weight(a) - weight(b);
}

export function scanText(index: NameIndex, text: string): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: { end: number; candidates: Candidate[] } | undefined;
    let key = '';
    for (let n = 0; n < index.maxTokens && i + n < tokens.length; n++) {
      // A sentence break or a wide gap between tokens ends a name.
      if (n > 0 && /[^\s\u00a0]/.test(text.slice(tokens[i + n - 1].end, tokens[i + n].start).replace(/['’\-.]/g, ''))) break;
      key = n === 0 ? tokens[i].key : `${key} ${tokens[i + n].key}`;
      const hit = index.keys.get(key);
      if (!hit) continue;
      const original = text.slice(tokens[i].start, tokens[i + n].end);
      const ok = hit.filter((c) => acceptable(c, n + 1, original));
      if (ok.length) found = { end: i + n, candidates: ok };
    }
    if (found) {
      const ranked = [...found.candidates].sort(rank);
      const start = tokens[i].start;
      const end = tokens[found.end].end;
      mentions.push({
        text: text.slice(start, end),
        start,
        end,
        entityId: ranked[0].entityId,
        status: ranked[0].status,
        alternatives: ranked.slice(1).map((c) => c.entityId),
      });
      i = found.end + 1;
    } else {
      i++;
    }
  }
  return mentions;
}

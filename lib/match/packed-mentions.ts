// The scan reply in a compact form: what each distinct entity found is (once per reply), and per text a flat list
// of numbers. A page of a million text nodes has 100,000 mentions of a handful of people; as one object each (with
// their own strings and arrays) they were most of what the content script allocated, and each allocation in a
// page's main thread brings the garbage collector of the page's whole heap nearer.
import type { Mention } from './mention';

/** What a mention says about the entity it found: all of a Mention but its place and its words. */
export type Finding = Omit<Mention, 'text' | 'start' | 'end'>;

export interface PackedMentions {
  findings: Finding[];
  /** Per text: start, end and the index of its finding, three numbers per mention. */
  spans: number[][];
}

function findingKey(m: Finding): string {
  return `${m.entityId}\u0000${m.status}\u0000${m.possibleBecause ?? ''}\u0000${m.alternatives.join('\u0000')}\u0001${m.reasons?.join(',') ?? ''}`;
}

export function packMentions(mentions: readonly Mention[][]): PackedMentions {
  const findings: Finding[] = [];
  const byKey = new Map<string, number>();
  const spans = mentions.map((list) => {
    const out: number[] = [];
    for (const m of list) {
      const finding: Finding = { entityId: m.entityId, status: m.status, alternatives: m.alternatives };
      if (m.possibleBecause) finding.possibleBecause = m.possibleBecause;
      if (m.reasons?.length) finding.reasons = m.reasons;
      const key = findingKey(finding);
      let at = byKey.get(key);
      if (at === undefined) {
        at = findings.length;
        findings.push(finding);
        byKey.set(key, at);
      }
      out.push(m.start, m.end, at);
    }
    return out;
  });
  return { findings, spans };
}

/**
 * The mentions of text `i` as [start, end, finding] triples, checked: a reply that does not fit its text (a bug,
 * or a reply to other texts) yields nothing rather than marks in the wrong place.
 */
export function* spansOf(packed: PackedMentions, i: number, text: string): Generator<[number, number, Finding]> {
  const spans = packed.spans?.[i];
  if (!Array.isArray(spans)) return;
  for (let k = 0; k + 2 < spans.length; k += 3) {
    const [start, end, at] = [spans[k], spans[k + 1], spans[k + 2]];
    const finding = packed.findings?.[at];
    if (!finding || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) continue;
    yield [start, end, finding];
  }
}

/** A packed mention as a Mention again: its words are the text's own. */
export function unpackMention(text: string, start: number, end: number, finding: Finding): Mention {
  return { ...finding, text: text.slice(start, end), start, end };
}

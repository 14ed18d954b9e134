// The rows of the keyboard list of names: pure, tested in Node.
import { MENTION_STATUSES, type MentionStatus } from '@/lib/match/mention';
import type { MarkedMention } from './mark-types';

export interface ListedName {
  text: string;
  status: MentionStatus;
  count: number;
  first: MarkedMention;
}

/** One row per entity and wording, most serious status first, then in the order given (page order). */
export function listNames(marks: readonly Pick<MarkedMention, 'mention'>[]): ListedName[] {
  const rows = new Map<string, ListedName>();
  for (const m of marks) {
    const key = `${m.mention.entityId}\u0000${m.mention.text}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { text: m.mention.text, status: m.mention.status, count: 1, first: m as MarkedMention });
  }
  return [...rows.values()].sort((a, b) => MENTION_STATUSES.indexOf(a.status) - MENTION_STATUSES.indexOf(b.status));
}

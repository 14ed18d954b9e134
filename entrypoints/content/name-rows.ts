// The rows of the keyboard list of names: pure, tested in Node.
import type { MentionStatus } from '@/lib/match/scan';
import type { MarkedMention } from './page-marks';

export interface ListedName {
  text: string;
  status: MentionStatus;
  count: number;
  first: MarkedMention;
}

const ORDER: Record<MentionStatus, number> = { sanctioned: 0, delisted: 1, 'not-sanctioned': 2, possible: 3 };

/** One row per entity and wording, most serious status first, then in the order given (page order). */
export function listNames(marks: readonly Pick<MarkedMention, 'mention'>[]): ListedName[] {
  const rows = new Map<string, ListedName>();
  for (const m of marks) {
    const key = `${m.mention.entityId}\u0000${m.mention.text}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { text: m.mention.text, status: m.mention.status, count: 1, first: m as MarkedMention });
  }
  return [...rows.values()].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}

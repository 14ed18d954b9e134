// What a scan finds: the leaf types that the matcher, the protocol, the content script and the components share.

/** Every mention status, most serious first: the order of highlights, of the keyboard list and of the badge. */
export const MENTION_STATUSES = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

export interface Mention {
  text: string;
  start: number;
  end: number;
  entityId: string;
  status: MentionStatus;
  /** Other entities the same words could name, best first. */
  alternatives: string[];
  /** Why a match is only possible: a common name with no evidence on the page, or a surname two people share. */
  possibleBecause?: 'common-name' | 'shared-surname';
}

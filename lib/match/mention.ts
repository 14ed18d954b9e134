// What a scan finds: the leaf types that the matcher, the protocol, the content script and the components share.

/** Every mention status, most serious first: the order of highlights, of the keyboard list and of the badge. */
export const MENTION_STATUSES = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

/**
 * What made the scan link the words to the entity, for the card's "why this match": the name itself is distinctive,
 * or, for a common name, the evidence the page gave (or, for a possible match, what weighed against it).
 */
export const MATCH_REASONS = [
  /** The name as written is not a common one: it points to the entry on its own. */
  'distinctive-name',
  /** The name is not a common one, but other entries carry these words too: this entry's name fits them best. */
  'closest-name',
  /** A rare surname alone that several listed relatives carry: the one whose listed role is a head of state's. */
  'head-of-state-surname',
  /** The page names the entity in a fuller or rarer form elsewhere. */
  'fuller-name',
  /** An earlier mention of the same name on the page was confirmed. */
  'confirmed-earlier',
  /** A later mention of the same name on the page was confirmed (a headline's name before the story's evidence). */
  'confirmed-later',
  /** The page names a listed son or daughter by the name that holds this person's ("رغد صدام حسين"). */
  'listed-child',
  /**
   * The page named before, and confirmed, a listed relative who shares a rare surname of this person's listed names
   * ("Cilia Flores", FLORES DE MADURO, after "Nicolás Maduro").
   */
  'listed-relative',
  /** The page names, beside the name, a listed body the person heads or the list links the person to. */
  'listed-body',
  /** The page names two others or more listed on the same day as this person (co-designated.ts). */
  'co-designated',
  /** A title beside the name fits the listed role ("President", "Gen."). */
  'title',
  /** Sanctions words within about 60 words of the name. */
  'sanctions-near',
  /** The page names a country the entry is tied to. */
  'country',
  /** The page tells a sanctions story (its words anywhere on the page). */
  'sanctions-story',
  /** A surname alone, linked back to the full name the page gave earlier. */
  'earlier-full-name',
  /** The words are a listed name with one letter off in some of them, or with one more middle name (near-name.ts). */
  'near-spelling',
  /** Against: the page reads as a sports page, where namesakes abound and no evidence counts. */
  'sports-page',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** Why a match is only possible: a common name with no evidence on the page, or a surname two people share. */
export type PossibleBecause = 'common-name' | 'shared-surname';

export interface Mention {
  text: string;
  start: number;
  end: number;
  entityId: string;
  status: MentionStatus;
  /** Other entities the same words could name, best first. */
  alternatives: string[];
  /** Why a match is only possible: a common name with no evidence on the page, or a surname two people share. */
  possibleBecause?: PossibleBecause;
  /** What linked the words to the entity (or, for a possible match, what weighed against it). */
  reasons?: readonly MatchReason[];
}

/**
 * The mention of `text`'s characters start..end: every finder builds its mentions here, so that a field added to
 * Mention is filled by all of them. The optional fields are left out when empty, as the protocol sends them.
 */
export function mentionOf(text: string, start: number, end: number, entityId: string, status: MentionStatus, alternatives: string[], why: { possibleBecause?: PossibleBecause; reasons?: readonly MatchReason[] }): Mention {
  const mention: Mention = { text: text.slice(start, end), start, end, entityId, status, alternatives };
  if (why.possibleBecause) mention.possibleBecause = why.possibleBecause;
  if (why.reasons?.length) mention.reasons = why.reasons;
  return mention;
}

/**
 * The badge of a card opened from a mention. On the mention's own entity, the mention's status (it can be weaker than
 * the entity's: "possible" for a common name). On another entry the words match too, opened from the card's
 * alternatives, the page's words were not tied to that entry: a sanctioned entry is a possible match, never
 * "Sanctioned" for the page's person, and the mark's status is never lent to it (a delisted namesake of a sanctioned
 * person is not "Sanctioned" either); a delisted or unsanctioned entry shows its own status unless the mark is itself
 * only possible.
 */
export function cardStatus(shown: { id: string; status: MentionStatus }, mention: { entityId: string; status: MentionStatus }): MentionStatus {
  if (shown.id === mention.entityId) return mention.status;
  return mention.status === 'possible' || shown.status === 'sanctioned' ? 'possible' : shown.status;
}

/** Why a card's badge says "possible": the mention's own reason, or, on another entry offered from the mark, that the
 * words were linked to a different entry (a shared name, not necessarily a common one). Undefined when not possible. */
export type PossibleWhy = PossibleBecause | 'other-entry';

export function cardPossibleWhy(shown: { id: string; status: MentionStatus }, mention: { entityId: string; status: MentionStatus; possibleBecause?: PossibleBecause }): PossibleWhy | undefined {
  if (cardStatus(shown, mention) !== 'possible') return undefined;
  return shown.id === mention.entityId ? mention.possibleBecause : 'other-entry';
}

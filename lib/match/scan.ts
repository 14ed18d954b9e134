// Finding mentions of listed names in a page's text: one pass over each block's tokens walks the name
// trie from every capitalised token, so the cost grows with the text, not with the dataset. A page's blocks
// are scanned together (scanPage) so that a surname alone can point back to a fuller name, and so that the
// countries and the kind of story on the page can rank candidates and vouch for common names.
// This file is the public face of lib/match (MATCHING.md): lex-page, spans (trie-walk, precision), evidence and
// back-reference do the work, over one ScanState (scan-state.ts).
import * as normalize from '../names/normalize';
import { mayBeArabicSurname } from './arabic-surname';
import { backReference, backReferenceOverFirm, forwardReferences, mayNameLater, mayNameLaterInArabic, noteOtherNames } from './back-reference';
import { givenAndPatronymic } from './given-and-patronymic';
import { isSharedBrand } from './brand-families';
import { noteParentName, resolveSpan, sportsPage } from './evidence';
import { lexPage } from './lex-page';
import { settleLowerSurnames } from './lower-case-leaders';
import type { Mention } from './mention';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { createPageContext, type PageContext } from './page-context';
import { articleNickname } from './article-nickname';
import { nearName } from './near-name';
import { nearSurname } from './near-surname';
import { nicknameAt } from './nicknames';
import { findSpans } from './spans';
import { titleAndSurname } from './title-surname';
import { confirmLater } from './confirmed-later';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS } = normalize;
const { ENTITY_MASK } = names;

export { buildNameIndex, nameIndexSteps } from './build-name-index';
export { indexBytes, isNameIndex, type NameIndex } from './name-index';
export { scanTableSteps } from './per-index';
export { createPageContext, type PageContext } from './page-context';
export type { Mention, MentionStatus } from './mention';

/**
 * Scans all text blocks of a page (in reading order) and returns each block's mentions, offsets into that
 * block. Pass the same `context` for later batches of the same page.
 */
export function scanPage(index: NameIndex, texts: readonly string[], context: PageContext = createPageContext()): Mention[][] {
  // A new dataset version mid-page: what the page said so far is kept in the old index's numbers.
  // A context no scan used yet (index null) is fresh as it is: starting it afresh again would only make its maps twice.
  if (context.index !== index) {
    if (context.index !== null) Object.assign(context, createPageContext());
    context.index = index;
  }
  const s = lexPage(index, texts, context);
  settleLowerSurnames(s);
  for (const b of s.blocks) {
    s.block = b;
    findSpans(s);
    for (const span of b.spans) {
      if (span.common) continue;
      // A firm that only shares the brand is an alternative, not named (brand-families.ts).
      for (const v of span.outputs) if (!isSharedBrand(index, v)) context.distinctive.add(v & ENTITY_MASK);
      noteParentName(s, span);
    }
  }
  noteOtherNames(s);
  const sports = sportsPage(s);
  // Surnames alone that no name before them explains, for a full name later in the batch (a headline's "Maduro").
  const pending: number[] = [];
  const found = s.blocks.map((b) => {
    s.block = b;
    const mentions: Mention[] = [];
    // Read once a block: the tokens' flags and the block's spans stay as they are while their mentions are made, and
    // the next span's first token is a number compared at every word (most words begin none).
    const flags = s.tokens.flags;
    const spans = b.spans;
    let next = 0;
    let nextStart = spans.length > 0 ? spans[0].start : -1;
    for (let i = b.first; i < b.last; i++) {
      if (i === nextStart) {
        const span = spans[next];
        const firm = backReferenceOverFirm(s, span);
        mentions.push(firm ? firm[0] : resolveSpan(s, span));
        i = firm ? firm[1] : span.end;
        while (next < spans.length && spans[next].start <= i) next++;
        nextStart = next < spans.length ? spans[next].start : -1;
        continue;
      }
      // Arabic has no capitals: a family name with the article may still link back (arabic-surname.ts); the flag is
      // tested here, as most words are lower-case Latin or Cyrillic ones.
      const f = flags[i];
      if ((f & (CAPITALIZED | CASELESS)) !== CAPITALIZED && !(f & CASELESS && context.surnames.size > 0 && mayBeArabicSurname(s, i))) {
        // An Arabic family name alone in a headline, before the text names the person ("نجل الرئيس الأسد").
        if (f & CASELESS && mayNameLaterInArabic(s, i)) pending.push(i);
        continue;
      }
      // Both links back tested here first: most pages name nobody with a nickname, and a call per capitalised word
      // that returns at once still showed as allocation in V8's heap profile.
      const ref = titleAndSurname(s, i, sports) ?? (context.surnames.size > 0 ? (backReference(s, i) ?? givenAndPatronymic(s, i)) : undefined) ?? (context.nicknames.size > 0 ? nicknameAt(s, i) : undefined) ?? nearName(s, i, sports) ?? (context.surnames.size > 0 ? nearSurname(s, i, sports) : undefined) ?? (i > b.first && s.tokens.lengths[i - 1] === 2 ? articleNickname(s, i, sports) : undefined);
      if (ref) {
        mentions.push(ref[0]);
        i = ref[1];
      } else if (mayNameLater(s, i, pending)) pending.push(i);
    }
    return mentions;
  });
  if (pending.length > 0) forwardReferences(s, pending, found);
  confirmLater(found);
  return found;
}

/** Scans one block of text on its own (a page of one block). */
export function scanText(index: NameIndex, text: string, context?: PageContext): Mention[] {
  return scanPage(index, [text], context)[0];
}

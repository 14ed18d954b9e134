// Issue #18 point 1: evidence belongs to the page. A listed body named beside a common name tells the listed person
// from a namesake as a title of the listed role does: "власник ПВК Вагнер Євгеній Пригожин" (the owner of a listed
// body, named before him), "заступник Пригожина Дмитро Уткін" in the paragraph that named PMC WAGNER, which the list
// links Utkin to. A culture or sports page's ordinary Ivanov heads no listed body and has no link on the list.
import * as normalize from '../names/normalize';
import { titleBitsOf } from './context-words';
import { LINK_IN_BLOCK, linkOnPage } from './entity-links';
import * as names from './name-index';
import type { ScanState, Span } from './scan-state';

const { JOINED } = normalize;
const { ENTITY_MASK, entityKind, entityStatusOf } = names;

/** The words of a body's head, owner or deputy that Russian and Ukrainian set before the body's name and the person's. */
const HEAD_OF_BODY = titleBitsOf(['ceo', 'chief', 'chairman', 'director', 'president', 'vice', 'commander', 'leader']);

/**
 * Whether the page names, beside person e's name (span), a listed body: one the list links e to in the same block
 * (OFAC's "Linked To:"), or a sanctioned organisation written right before the name with the word of its head or
 * owner right before it ("гендиректор «Ростеха» Сергей Чемезов", "власник ПВК Вагнер Євгеній Пригожин").
 */
export function listedBodyBeside(s: ScanState, span: Span, e: number): boolean {
  const index = s.index;
  if (index.linkRuns.lengths[e] > 0 && linkOnPage(index, e, span, s.block.spans, s.context.distinctive) === LINK_IN_BLOCK) return true;
  return headedBodyBefore(s, span, e);
}

/** The second way above: [head's word] [listed body] [name], each joined to the next (a quote may close the body). */
function headedBodyBefore(s: ScanState, span: Span, e: number): boolean {
  const b = s.block;
  const i = span.start;
  if (i - 2 <= b.first || !onlySpaceOrQuote(s, i - 1, i)) return false;
  let body: Span | undefined;
  for (const other of b.spans) {
    if (other.end === i - 1) body = other;
    if (other.start >= i) break;
  }
  if (body === undefined || body.commonNames || body.start <= b.first || !listedOrganisation(s, body, e)) return false;
  const k = body.start - 1;
  if (!(s.tokens.flags[body.start] & JOINED) && !onlySpaceOrQuote(s, k, body.start)) return false;
  const id = s.tokens.ids[k];
  return id >= 0 && (s.index.tokenTitle[id] & HEAD_OF_BODY) !== 0;
}

function listedOrganisation(s: ScanState, body: Span, e: number): boolean {
  for (const v of body.outputs) {
    const f = v & ENTITY_MASK;
    if (f !== e && entityKind(s.index, f) === 'organization' && entityStatusOf(s.index, f) === 'sanctioned') return true;
  }
  return false;
}

/** Whether only spaces and quotes stand between token k and token k + 1. */
function onlySpaceOrQuote(s: ScanState, k: number, next: number): boolean {
  const text = s.block.text;
  for (let c = s.tokens.ends[k]; c < s.tokens.starts[next]; c++) if (!SPACE_OR_QUOTE.includes(text[c])) return false;
  return true;
}

const SPACE_OR_QUOTE = ' \u00a0«»"“”„';

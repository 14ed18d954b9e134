// "Suhayl Salim Abd El-Rahman, more commonly known as Bilal al-Sudani": a listed person's full name, then "known as"
// and a name the lists lack (a nom de guerre the news knows better). The page says the two are one person: the name
// after "known as" names whom the full name before it names. Read from the page, never from the list, and only right
// after a person's name; English ("also known as", "better known as", "more commonly known as") and Spanish
// ("conocido como", "más conocido como").
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { isNameWord, isParticleToken, type ScanState, type Span } from './scan-state';

const { CAPITALIZED, CASELESS, JOINED } = normalize;
const { ENTITY_MASK, entityKind } = names;

/** At most this many words between the name and "known as" ("more commonly", "más"). */
const BEFORE_KNOWN = 3;
/** At most this many words in the name after it. */
const MAX_WORDS = 4;
/** What may stand between the person's name and the name the page gives. */
const GAP = /^,?\s+(?:(?:also|more|most|better|commonly|widely|best)\s+)*known\s+as\s+$|^,?\s+(?:(?:tambi[eé]n|m[aá]s|mejor)\s+)?conocid[oa]\s+como\s+$/i;

/**
 * The span of the name at token i (a capitalised word no listed name begins) that "known as" joins to the person's
 * name that ends the block's last span, with that span's entities; undefined when there is none.
 */
export function nameKnownAs(s: ScanState, i: number): Span | undefined {
  const b = s.block;
  const { flags, lengths, starts, ends } = s.tokens;
  // The cheap tests first, on lengths alone: "as" or "como" right before, within a few words of the last span.
  const last = b.spans.length ? b.spans[b.spans.length - 1] : undefined;
  if (!last || i - last.end < 3 || i - last.end > BEFORE_KNOWN + 3 || !(lengths[i - 1] === 2 || lengths[i - 1] === 4)) return undefined;
  const text = b.text;
  const at = starts[i - 1];
  // "as" or "como", by its letters, before the gap's string is made.
  if (lengths[i - 1] === 2 ? !(text.charCodeAt(at) === 97 && text.charCodeAt(at + 1) === 115) : !text.startsWith('como', at)) return undefined;
  if (!GAP.test(text.slice(ends[last.end], starts[i]))) return undefined;
  if (!last.outputs.length || !last.outputs.every((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return undefined;
  if (!isNameWord(s, i)) return undefined;
  // The name's words: capitalised name words, and the particles inside it ("al-Sudani").
  let end = i;
  let words = 1;
  for (let k = i + 1; k < b.last && words < MAX_WORDS && flags[k] & JOINED; k++) {
    if ((flags[k] & (CAPITALIZED | CASELESS)) === CAPITALIZED && isNameWord(s, k)) {
      end = k;
      words++;
    } else if (!(isParticleToken(s, k) && k + 1 < b.last && flags[k + 1] & CAPITALIZED)) break;
  }
  // One word alone is a nickname, which the lists' own nicknames read (nicknames.ts).
  if (end === i) return undefined;
  // Weak on its own words: the fuller name before it is its evidence (evidence.ts), as strong as that name was.
  return { start: i, end, outputs: last.outputs, commonNames: true, brief: true, anyCommon: true, common: true };
}

// "Suhayl Salim Abd El-Rahman, more commonly known as Bilal al-Sudani": a listed person's full name, then "known as"
// and a name the lists lack (a nom de guerre the news knows better). The page says the two are one person: the name
// after "known as" names whom the full name before it names. Read from the page, never from the list, and only right
// after a person's name; English ("also known as", "better known as", "more commonly known as") and Spanish
// ("conocido como", "más conocido como"). Also after "alias", and a Spanish nickname of an article and one word
// ("Hugo Armando Carvajal, alias El Pollo"): the page says whose nickname it is, so it names that person, not a listed
// person whose given name in an alias the word resembles (article-nickname.ts reads "El X" so on its own).
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
const GAP = /^,?\s+(?:(?:also|more|most|better|commonly|widely|best)\s+)*known\s+as\s+$|^,?\s+(?:(?:tambi[eé]n|m[aá]s|mejor)\s+)?conocid[oa]\s+como\s+$|^,?\s+alias\s+$/i;

/**
 * The span of the name at token i (a capitalised word no listed name begins) that "known as" joins to the person's
 * name that ends the block's last span, with that span's entities; undefined when there is none.
 */
export function nameKnownAs(s: ScanState, i: number): Span | undefined {
  const b = s.block;
  const { flags, lengths, starts, ends } = s.tokens;
  // The cheap tests first, on lengths alone: "as", "como" or "alias" right before, within a few words of the last span.
  const last = b.spans.length ? b.spans[b.spans.length - 1] : undefined;
  if (!last) return undefined;
  // "alias El Pollo": a capitalised article right before, itself after the gap, and no capitalised word after.
  const nickname = i - 1 > last.end && articleBefore(s, i) ? i - 1 : -1;
  const w = nickname >= 0 ? i - 1 : i;
  const alias = lengths[w - 1] === 5;
  if (w - last.end < (alias ? 2 : 3) || w - last.end > BEFORE_KNOWN + 3 || !(lengths[w - 1] === 2 || lengths[w - 1] === 4 || alias)) return undefined;
  const text = b.text;
  const at = starts[w - 1];
  // "as", "como" or "alias", by its letters, before the gap's string is made.
  if (lengths[w - 1] === 2 ? !(text.charCodeAt(at) === 97 && text.charCodeAt(at + 1) === 115) : !text.startsWith(alias ? 'alias' : 'como', at)) return undefined;
  if (!GAP.test(text.slice(ends[last.end], starts[w]))) return undefined;
  if (!last.outputs.length || !last.outputs.every((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return undefined;
  if (nickname >= 0) return { start: nickname, end: i, outputs: last.outputs, commonNames: true, brief: true, anyCommon: true, common: true };
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

/**
 * Whether capitalised token i is one word after a capitalised "El" or "La" (a Spanish nickname, "El Pollo"), with no
 * capitalised word after it.
 */
function articleBefore(s: ScanState, i: number): boolean {
  const { flags, lengths, starts } = s.tokens;
  const b = s.block;
  if (lengths[i - 1] !== 2 || (flags[i] & (CAPITALIZED | CASELESS | JOINED)) !== (CAPITALIZED | JOINED)) return false;
  if (i + 1 < b.last && (flags[i + 1] & (CAPITALIZED | JOINED)) === (CAPITALIZED | JOINED)) return false;
  const a = b.text.charCodeAt(starts[i - 1]);
  const c = b.text.charCodeAt(starts[i - 1] + 1);
  return (a === 69 && c === 108) || (a === 76 && c === 97);
}

// A person's name as an English or Spanish place's or institution's name: "the Abd al-Rahman al-Dakhil Mosque",
// "Omar Mukhtar Street", "la calle Abd al-Rahman al-Dakhil", "el hospital Ibn Sina". English puts the word of kind
// after the name, Spanish before it, each written beside the name; mosques, schools, streets, hospitals and squares
// carry the names of historical figures, as some listed men do (AL-DAKHIL, 'Abd al-Rahman). The Latin counterpart of
// arabic-named-after.ts; an organization's name ("Omar Mukhtar Brigade" if listed) is read as before.
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

/** English words of kind written after a name ("... Mosque", "... school"), in lower case. */
const AFTER = ['mosque', 'masjid', 'school', 'street', 'road', 'avenue', 'hospital', 'square', 'university', 'college', 'academy', 'airport', 'stadium', 'bridge', 'brigade', 'brigades', 'battalion', 'camp', 'boulevard'];
/** Spanish words of kind written before a name ("la mezquita ...", "la calle ..."), in lower case. */
const BEFORE = ['mezquita', 'calle', 'avenida', 'hospital', 'plaza', 'colegio', 'escuela', 'universidad', 'aeropuerto', 'estadio', 'puente', 'brigada', 'campamento'];

/** Whether the Latin name at tokens start..end stands beside a word of place or institution that it names. */
export function besideLatinPlaceWord(s: ScanState, start: number, end: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  if (end + 1 < b.last && (flags[end + 1] & JOINED) !== 0 && !(flags[end + 1] & CASELESS) && isWordOf(s, end + 1, AFTER)) return true;
  return start > b.first && (flags[start] & JOINED) !== 0 && !(flags[start - 1] & CASELESS) && isWordOf(s, start - 1, BEFORE);
}

/** Whether token k is one of `words` as written, any case, read from the page's characters (this runs per person's name: no string). */
function isWordOf(s: ScanState, k: number, words: readonly string[]): boolean {
  const text = s.block.text;
  const from = s.tokens.starts[k];
  const length = s.tokens.ends[k] - from;
  if (length < 4 || length > 11) return false;
  for (const w of words) {
    if (w.length !== length) continue;
    let i = 0;
    while (i < length && (text.charCodeAt(from + i) | 32) === w.charCodeAt(i)) i++;
    if (i === length) return true;
  }
  return false;
}

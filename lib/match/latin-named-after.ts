// A person's name as an English or Spanish place's or institution's name: "the Abd al-Rahman al-Dakhil Mosque",
// "Omar Mukhtar Street", "la calle Abd al-Rahman al-Dakhil", "el hospital Ibn Sina". English puts the word of kind
// after the name, Spanish before it, each written beside the name; mosques, schools, streets, hospitals and squares
// carry the names of historical figures, as some listed men do (AL-DAKHIL, 'Abd al-Rahman). The Latin counterpart of
// arabic-named-after.ts; an organization's name ("Omar Mukhtar Brigade" if listed) is read as before.
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

/** English words of kind written after a name ("... Mosque", "... school"); folded. */
const AFTER = new Set(['mosque', 'masjid', 'school', 'street', 'road', 'avenue', 'hospital', 'square', 'university', 'college', 'academy', 'airport', 'stadium', 'bridge', 'brigade', 'brigades', 'battalion', 'camp', 'boulevard']);
/** Spanish words of kind written before a name ("la mezquita ...", "la calle ..."); folded. */
const BEFORE = new Set(['mezquita', 'calle', 'avenida', 'hospital', 'plaza', 'colegio', 'escuela', 'universidad', 'aeropuerto', 'estadio', 'puente', 'brigada', 'campamento']);

/** Whether the Latin name at tokens start..end stands beside a word of place or institution that it names. */
export function besideLatinPlaceWord(s: ScanState, start: number, end: number): boolean {
  const { flags, lengths } = s.tokens;
  const b = s.block;
  if (end + 1 < b.last && (flags[end + 1] & JOINED) !== 0 && !(flags[end + 1] & CASELESS) && lengths[end + 1] >= 4 && AFTER.has(wordAt(s, end + 1))) return true;
  return start > b.first && (flags[start] & JOINED) !== 0 && !(flags[start - 1] & CASELESS) && lengths[start - 1] >= 5 && BEFORE.has(wordAt(s, start - 1));
}

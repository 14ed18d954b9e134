// Every state has a Ministry of National Defence, a Supreme Court, a National Police: a listed body whose name is
// made of such words only (North Korea's MINISTRY OF NATIONAL DEFENCE, Venezuela's Tribunal Supremo de Justicia)
// names that state's body on a page about that state, and another state's on a page that does not name it
// ("Cambodia's Ministry of National Defence", "el Tribunal Supremo de Justicia de Guatemala"). precision.ts asks
// this only of a body's name of two words or more whose country the page does not name.
import { foldWord } from '../names/normalize';
import type { ScanState } from './scan-state';

/** The words of state institutions' names in English and Spanish, folded (accents off, lower case). */
const STATE_BODY_WORDS = new Set(
  [
    'ministry ministerio minister ministro department departamento directorate direccion office oficina',
    'national nacional state estado federal public publico publica people peoples popular',
    'defence defense defensa armed armadas army ejercito navy armada air aerea force forces fuerza fuerzas',
    'supreme supremo suprema court corte tribunal justice justicia general prosecutor fiscalia attorney',
    'police policia guard guardia security seguridad intelligence inteligencia service servicio services servicios',
    'interior internal affairs foreign exteriores relations relaciones council consejo administration administracion',
    'electoral election elections commission comision assembly asamblea',
  ].flatMap((line) => line.split(' ')),
);

/** Connectors between the words of such a name ("of the", "de la"): no word of the name. */
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'el', 'los', 'las', 'y']);

/** Whether the words start..end are state institutions' words only, two or more besides the connectors. */
export function stateBodyWordsOnly(s: ScanState, start: number, end: number): boolean {
  const { starts, ends } = s.tokens;
  const text = s.block.text;
  let words = 0;
  for (let i = start; i <= end; i++) {
    const word = foldWord(text.slice(starts[i], ends[i]));
    if (CONNECTORS.has(word)) continue;
    if (!STATE_BODY_WORDS.has(word)) return false;
    words++;
  }
  return words >= 2;
}

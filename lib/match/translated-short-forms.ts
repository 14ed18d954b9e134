// "el Cuerpo de los Guardianes" after "el Cuerpo de los Guardianes de la Revolución iraní": a body's name that the
// page translated word by word (translated-names.ts) and then writes again cut short, its first words only. The
// short form alone is no listed name's translation, and read on its own it could be any country's body; after the
// full name on the same page it is that body, as a surname alone after a person's full name is that person.
// Only the full name's own first words, in the page's order, each read as the same glossary concept, two words or
// more with one more than a word of kind ("Cuerpo de los Guardianes"; not "el Cuerpo", not "Consejo de Estado"
// after "Consejo de Estado de Seguridad"), capitalised as a name, and ending there (no capitalised word, nor a
// connector and one, after it: "Cuerpo de los Guardianes de Chile" is another).
import * as normalize from '../names/normalize';
import type { ScanState, Span } from './scan-state';
import { connectorAt, pageWord } from './translated-concepts';

const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;

/** At most this many words in the short form, connectors included. */
const MAX_WORDS = 8;

/** Notes a translated name the page wrote in full (a span translated-names.ts found), for its short form later. */
export function noteTranslatedName(s: ScanState, span: Span): void {
  const words: (readonly number[])[] = [];
  for (let k = span.start; k <= span.end; k++) {
    const w = pageWord(s, k);
    if (w) words.push(w.concepts);
    else if (!connectorAt(s, k)) words.push([]);
  }
  if (words.length >= 3) (s.context.translatedNames ??= []).push({ outputs: span.outputs, words });
}

/** The span of a translated name the page wrote before in full, cut short, at token i; undefined when none. */
export function shortTranslatedName(s: ScanState, i: number): Span | undefined {
  const named = s.context.translatedNames;
  if (named === null) return undefined;
  const { flags } = s.tokens;
  const last = s.block.last;
  if ((flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) !== CAPITALIZED || !pageWord(s, i)?.opens) return undefined;
  // The page's run: capitalised glossary words, connectors between them.
  const run: (readonly number[])[] = [];
  let specific = 0;
  let end = i;
  let k = i;
  for (; k < Math.min(last, i + MAX_WORDS); k++) {
    if (k > i && !(flags[k] & JOINED)) break;
    const w = flags[k] & CAPITALIZED ? pageWord(s, k) : null;
    if (w) {
      if (w.concepts.includes(-1)) return undefined;
      run.push(w.concepts);
      if (!w.generic) specific++;
      end = k;
    } else if (!(flags[k] & CAPITALIZED) && connectorAt(s, k)) continue;
    else break;
  }
  if (run.length < 2 || specific === 0) return undefined;
  // It ends there: no capitalised word right after it, nor after a connector ("... de Chile").
  let after = end + 1;
  while (after < last && flags[after] & JOINED && !(flags[after] & CAPITALIZED) && connectorAt(s, after)) after++;
  if (after < last && (flags[after] & (CAPITALIZED | JOINED)) === (CAPITALIZED | JOINED)) return undefined;
  for (let n = named.length - 1; n >= 0; n--) {
    const { outputs, words } = named[n];
    if (words.length <= run.length || !run.every((concepts, m) => concepts.some((c) => words[m].includes(c)))) continue;
    return { start: i, end, outputs: [...outputs], commonNames: false, brief: false, anyCommon: false, common: false };
  }
  return undefined;
}

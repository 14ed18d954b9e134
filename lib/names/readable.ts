// A card's title: the name as people write it, from the list's form. "MADURO MOROS, Nicolas" becomes "Nicolás Maduro
// Moros": the surname moved after the given names, capitals made ordinary, accents taken from the entity's other forms
// ("Nicolás Maduro Moros" of the curated file, the EU's "Maikel José MORENO PÉREZ"). Worked out when a card is shown,
// not stored: the dataset keeps each list's own form (the card shows it beneath), records the publishers' sync brings
// get the same title, and it costs microseconds for one entity.
import type { Entity } from '../dataset/format';

/** Joining words written in lower case inside a name ("Petróleos de Venezuela", "Directorate of Military …"). */
const PARTICLES = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint']);
/** Company forms and the like that keep their capitals. */
const KEEP = new Set(['llc', 'ltd', 'inc', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'ooo', 'llp', 'plc', 'ag', 'sa', 'ca', 'srl', 'sas', 'bv', 'nv', 'fze', 'fzco', 'dmcc', 'ii', 'iii', 'iv']);

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const hasMarks = (w: string) => /\p{M}/u.test(w.normalize('NFD'));
const letters = (w: string) => w.replace(/[^\p{L}]/gu, '');
/** A word written wholly in capitals (a list's convention, not the way people write it). */
const allCaps = (w: string) => letters(w).length > 0 && letters(w) === letters(w).toUpperCase() && letters(w) !== letters(w).toLowerCase();

/** "MORENO" → "Moreno", "AL-RAWI" → "Al-Rawi", "O'NEILL" → "O'Neill". */
function capitalise(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** One word in ordinary capitals; `first`: the name's first word, which a particle does not start in lower case. */
function ordinary(word: string, first: boolean, acronyms: Set<string>): string {
  if (!allCaps(word)) return word;
  const key = fold(letters(word));
  // S.A., (IRGC), the entity's own acronym (PDVSA), a word with no vowel: written as the list writes them.
  if (/[.\d]/.test(word) || /^\(.*\)$/.test(word) || KEEP.has(key) || acronyms.has(key) || !/[aeiouy]/.test(key)) return word;
  if (!first && PARTICLES.has(key)) return word.toLowerCase();
  return capitalise(word);
}

/**
 * The accented form of each word the entity's names carry, by its unaccented form: "nicolas" → "Nicolás". A word two
 * names accent differently is left as it is.
 */
function accentedWords(entity: Pick<Entity, 'names'>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    for (const w of n.name.split(/[\s,]+/)) {
      if (!hasMarks(w)) continue;
      const key = fold(w);
      const seen = out.get(key);
      if (seen === undefined) out.set(key, w);
      else if (seen !== null && seen.toLowerCase() !== w.toLowerCase()) out.set(key, null);
    }
  }
  return out;
}

/** `word` with the accents of the same word elsewhere, in `word`'s own capitals. */
function withAccents(word: string, accented: Map<string, string | null>): string {
  const [, core, tail] = /^(.*?)([,;:]*)$/su.exec(word) ?? ['', word, ''];
  const a = accented.get(fold(core))?.normalize('NFC');
  if (!a || a.length !== core.length) return word;
  return [...a].map((c, i) => (core[i] === core[i].toUpperCase() ? c.toUpperCase() : c.toLowerCase())).join('') + tail;
}

/** The name as people write it, for the card's title (persons, organizations and agencies; a vessel's name stays). */
export function readableName(entity: Pick<Entity, 'name' | 'names' | 'kind'>): string {
  const name = entity.name.trim();
  if (entity.kind === 'vessel' || entity.kind === 'aircraft') return name;
  let ordered = name;
  // A person's list form puts the surnames first: "MADURO MOROS, Nicolas".
  const comma = name.indexOf(',');
  if (entity.kind === 'person' && comma > 0) ordered = `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
  const acronyms = new Set(entity.names.map((n) => n.name.trim()).filter((n) => /^\p{Lu}{2,}$/u.test(n)).map(fold));
  const accented = accentedWords(entity);
  return ordered
    .split(/(\s+)/)
    // Parts of a hyphenated word each on their own: "(IRGC)-QODS" is "(IRGC)-Qods".
    .map((w, i) => (/^\s+$/.test(w) ? w : withAccents(w.split(/(-)/).map((p, j) => (p === '-' ? p : ordinary(p, i === 0 && j === 0, acronyms))).join(''), accented)))
    .join('');
}

/** A name's words without accents, case or punctuation, in order: "PETROLEOS DE VENEZUELA S A" is the same as the title. */
export function sameWords(a: string, b: string): boolean {
  const words = (x: string) => fold(x).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').sort().join(' ');
  return words(a) === words(b);
}

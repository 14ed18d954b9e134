// "Itritec GMBH" of INTERNATIONAL TRADE AND INDUSTRIAL TECHNOLOGY ITRITEC GMBH, a.k.a. ITRITEC (weak): a firm's weak
// alias that its own listed name writes right before its legal form is, with that legal form, the firm's name as the
// list spells it, which the news writes for it. Index time: each such alias and the legal form after it, as a name
// of the firm. Only the list's own words in the list's own order; the alias alone stays weak.
import { nameKey } from './normalize';
import { legalFormAt, withoutLegalForm } from './variants';

/** The names to add, folded: a weak alias and the legal form that follows it in one of the body's listed names. */
export function weakAliasWithLegalForm(strong: readonly string[], weak: readonly string[]): string[] {
  const out: string[] = [];
  const weakKeys = weak.map((w) => nameKey(w).split(' ')).filter((w) => w.length > 0 && w[0] !== '');
  if (!weakKeys.length) return out;
  for (const name of strong) {
    const tokens = nameKey(name).split(' ');
    const bare = withoutLegalForm(tokens).length;
    // The legal form at the name's end, and the weak alias right before it.
    if (bare === tokens.length || legalFormAt(tokens, bare, tokens.length) !== tokens.length - bare) continue;
    for (const w of weakKeys) {
      if (w.length >= bare || !w.every((t, k) => tokens[bare - w.length + k] === t)) continue;
      // A word of a hyphenated name ("EKSPERT" of RSV-EKSPERT OOO) is no name of its own: "ООО Эксперт" is any firm.
      if (nameKey(name.replace(/-/g, '')).split(' ').length !== tokens.length) continue;
      const form = tokens.slice(bare - w.length).join(' ');
      if (!out.includes(form)) out.push(form);
    }
  }
  return out;
}

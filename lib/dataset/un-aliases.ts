// The UN list writes several spellings of one alias in a single ALIAS_NAME, joined by ";" ("Mortaza Rezaie; Mortaza
// Rezai; Morteza Rezai"), sometimes as an original-script name with its romanisations in brackets ("حسن غول (Hassan
// Ghul; Hassan Gul; Hasan Gul)") or with a second alias lettered "b)". Each is a name of its own for the matcher,
// the search and the merge; an ALIAS_NAME with no ";" is one name, whatever else it holds.

/** The index of the "(" that opens the bracket `text` ends with, or -1 when it does not end with a whole bracket. */
function lastBracketStart(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** `text` split at each ";" outside brackets. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ';' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** The names one UN ALIAS_NAME holds, in its order, each once. */
export function unAliasNames(alias: string): string[] {
  const text = alias.trim();
  if (!text.includes(';')) return text ? [text] : [];
  const parts: string[] = [];
  const open = lastBracketStart(text);
  const inner = open > 0 ? text.slice(open + 1, -1) : '';
  if (inner.includes(';')) parts.push(text.slice(0, open), ...splitTopLevel(inner));
  else parts.push(...splitTopLevel(text));
  const out: string[] = [];
  for (const part of parts) {
    // "Mohammad Sabet b) M. Javad Kareemi Sabet": the list's own lettering of a second alias.
    for (const piece of part.split(/\s+[b-z]\)\s+/)) {
      const name = piece.replace(/\s*\(original script\)\s*$/i, '').trim();
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

// The Arabic names of a few organizations the lists write in Latin letters only, as Arabic news writes them: the
// lists give HIZBALLAH, QODS FORCE and FATEMIYOUN, the press "حزب الله", "فيلق القدس" and "لواء فاطميون". These are
// translations ("فيلق القدس": the Jerusalem corps) or compounds the consonant reading of arabic-latin-reading.ts
// does not reach (a firm's one word read by its consonants is too often an everyday word), so they are listed here,
// as the spellings table of variants.ts lists the news' Latin ones. Keyed by a name the list itself gives; the index
// adds them as aliases (build-name-index.ts).

const NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['HIZBALLAH', ['حزب الله']],
  ['QODS FORCE', ['فيلق القدس']],
  // The one word "فاطميون" alone is a one-word alias, which counts only with a brand's evidence (precision.ts).
  ['FATEMIYOUN', ['لواء فاطميون']],
]);

/** The Arabic names of an organization one of whose listed names is in the table above. */
export function arabicOrgNames(names: readonly { name: string }[]): string[] {
  const out: string[] = [];
  for (const n of names) for (const a of NAMES.get(n.name) ?? []) if (!out.includes(a)) out.push(a);
  return out;
}

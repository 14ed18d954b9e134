// Serbo-Croatian names as the region's news writes them: with "đ" ("Srđan", "Đurić"), which the lists write "dj"
// (VULOVIC, Srdjan; DJURIC, Djordje) and the page fold reads as "d", one letter for one. The listed name is also
// written with "d" for its "dj", for entities of the countries that write the letter.

const DJ_COUNTRIES = new Set(['Serbia', 'Bosnia and Herzegovina', 'Montenegro', 'Croatia', 'Kosovo', 'North Macedonia, The Republic of']);

/** The listed name with "d" for each "dj", for an entity of a country that writes "đ"; else undefined. */
export function djAsD(name: string, countries: readonly string[]): string | undefined {
  if (!/dj/i.test(name) || !countries.some((c) => DJ_COUNTRIES.has(c))) return undefined;
  return name.replace(/d(j)/gi, (m) => m[0]);
}

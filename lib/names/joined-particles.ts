// Arabic names as South Asian and Gulf news writes them: the article assimilated to the next word ("ul", "ur", "ud")
// and "Ullah" joined to the word before, where a list keeps them apart ("Inayatur Rahman" for RAHMAN, Inayat ur;
// "Hayatullah" for HAYAT ULLAH; "Jamaatul Dawa" for JAMA'AT UL DAWA; "Shamsuddin" for SHAMS UD DIN).

// A particle written apart after a word, before the next word or the name's end (a comma of "LAST, First" too).
const APART = /(\p{L})[\s-]+(ul|ur|ullah)(?=[\s,-]|$)/giu;
// "ud din" joins on both sides: "Shams ud Din" is "Shamsuddin".
const UD_DIN = /(\p{L})[\s-]+(ud)[\s-]+(din)(?=[\s,-]|$)/giu;

/** The listed name with such particles joined to the word before, or undefined when it has none. */
export function joinedParticleName(name: string): string | undefined {
  const joined = name.replace(UD_DIN, '$1$2$3').replace(APART, '$1$2');
  return joined === name ? undefined : joined;
}

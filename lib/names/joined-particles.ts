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

// The lists' article joined to the family name after it ("ALSKENI, Khalid Kadhim Jasim"), where the news writes it
// apart ("al-Skeni"): in the family part before the comma, a word of "al", a consonant but l (ALLAWI is a name of its
// own) and four letters or more.
const ARTICLE_JOINED = /(^|[\s-])(al)([b-df-hj-km-np-tv-z]\p{L}{3,})(?=[\s-]|$)/giu;

/** The listed name with its family's joined article written apart ("AL-SKENI, ..."), or undefined when it has none. */
export function articleApartName(name: string): string | undefined {
  const comma = name.indexOf(',');
  if (comma < 0) return undefined;
  const family = name.slice(0, comma).replace(ARTICLE_JOINED, '$1$2-$3');
  return family === name.slice(0, comma) ? undefined : family + name.slice(comma);
}

// "Abd" and the name after it, with the article between or not, that Arabic writes as one word ("عبدالمحسن"; the Gulf
// press "Abdulmohsen") where a list writes them apart ("Abdul Mohsen", "Abd-al-Muhsin").
const ABD_APART = /(?<!\p{L})(abd(?:ul|el|al|ol|u|i)?)[\s-]+(?:(al|el|ul)[\s-]+)?(\p{L}{3,})/giu;

/** The listed name with each "Abd" compound written as one word, or undefined when it has none apart. */
export function abdJoinedName(name: string): string | undefined {
  const joined = name.replace(ABD_APART, (_, abd: string, al: string | undefined, rest: string) => abd + (al ?? '').toLowerCase() + rest.toLowerCase());
  return joined === name ? undefined : joined;
}

// "Abu" and the name after it, a kunya, that Arabic news often writes as one word ("أبومحمد العدناني", "أبوبكر") where
// a list writes them apart ("Abu Mohammed", "Abou Mohamed").
const ABU_APART = /(?<!\p{L})(abu|abou)[\s-]+(\p{L}{3,})/giu;

/** The listed name with each "Abd" compound and each "Abu" kunya written as one word, or undefined when it has none apart. */
export function compoundsJoinedName(name: string): string | undefined {
  const joined = (abdJoinedName(name) ?? name).replace(ABU_APART, (_, abu: string, rest: string) => abu + rest.toLowerCase());
  return joined === name ? undefined : joined;
}

// One filter entry per country: the lists write the same country many ways (Iran / Iran (Islamic Republic of),
// Russia / Russian Federation, Burma / Myanmar, "Korea, North" / Democratic People's Republic of Korea), and an
// entity may name it only as a nationality. Each is keyed by its ISO 3166-1 alpha-2 code, found through the
// English names and aliases of the i18n-iso-countries package (its data only: the package's own lookup is an exact,
// case-only comparison that misses "Syria" or "Korea, North") plus the lists' own spellings below. The popup shows
// a code in the reader's language through Intl.DisplayNames. A place that is not a country ("Region: Crimea") stays
// as its text; a value that names no place ("undetermined") is left out.
import en from 'i18n-iso-countries/langs/en.json';

/** The lists' spellings that the package's names do not reach even folded (OFAC, UN, EU and Canada files). */
const LIST_SPELLINGS: Record<string, string> = {
  burma: 'MM',
  laos: 'LA',
  moldova: 'MD',
  brunei: 'BN',
  'viet nam': 'VN',
  syria: 'SY',
  'cabo verde': 'CV',
  macau: 'MO',
  "democratic people's republic of korea": 'KP',
  'hong kong special administrative region china': 'HK',
  'united kingdom of great britain and northern ireland': 'GB',
  palestinian: 'PS',
};

/** Values the lists put in a country field that name no place. */
const NO_PLACE = /^(na|n\/a|none|none identified|undetermined|unknown|stateless)$/i;

/** Lower case, letters and digits only ("Cote d Ivoire" is "Côte d'Ivoire"), "&" as "and", "St." as "saint", no leading "the". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.\s*/g, 'saint ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ /g, '');
}

/** The forms a written country name may be looked up by: as written, and "Korea, North" or "Iran (Islamic …)" turned round. */
function forms(text: string): string[] {
  const out = [fold(text)];
  const turned = /^([^,(]+)[,(]\s*([^)]+?)\)?\s*$/.exec(text);
  if (turned) out.push(fold(`${turned[2]} ${turned[1]}`));
  return out;
}

let byName: Map<string, string | null> | undefined;

function names(): Map<string, string | null> {
  if (byName) return byName;
  byName = new Map();
  for (const [code, written] of Object.entries(en.countries as Record<string, string | string[]>)) {
    for (const name of typeof written === 'string' ? [written] : written) {
      for (const key of forms(name)) {
        const had = byName.get(key);
        // "Congo" is an alias of both Congos: a name that means two countries means neither.
        byName.set(key, had === undefined || had === code ? code : null);
      }
    }
  }
  for (const [name, code] of Object.entries(LIST_SPELLINGS)) byName.set(fold(name), code);
  return byName;
}

/** The ISO 3166-1 alpha-2 code of a country as a list writes it, or undefined when it names no one country. */
export function countryCode(written: string): string | undefined {
  for (const key of forms(written)) {
    const code = names().get(key);
    if (code) return code;
  }
  return undefined;
}

/** The filter keys of an entity's countries and nationalities: one per country; other places as written, "Region: " aside. */
export function countryKeys(countries: readonly string[], nationalities: readonly string[] = []): string[] {
  const keys = new Set<string>();
  for (const written of [...countries, ...nationalities]) {
    const text = written.trim();
    if (!text || NO_PLACE.test(text) || text.includes(';') || /^possibly\b/i.test(text)) continue;
    keys.add(countryCode(text) ?? text.replace(/^Region:\s*/i, ''));
  }
  return [...keys];
}

// A group's name with a country's adjective after it names that country's group of the name: "حزب الله العراقي"
// (Iraqi Hezbollah) after "كتائب حزب الله" (KATA'IB HIZBALLAH, Iraq) on the page is the Iraqi brigades, not
// HIZBALLAH, whose entry holds no Iraq. The adjective alone says which country, not which body: only a body the page
// named before, whose name holds the same words and whose entry holds that country, is chosen.
import { isArabicKey } from '../names/arabic';
import { foldWord } from '../names/normalize';
import { countryIndex } from './context-words';
import { entityHasCountry, entityKind, type NameIndex } from './name-index';
import type { PageContext } from './page-context';
import { wordAt, type ScanState, type Span } from './scan-state';

// The nisba adjectives of the countries whose groups the lists hold, with and without the article, both genders.
const NISBA_COUNTRIES: readonly [string, string][] = [
  ['iq', 'عراقي'], ['lb', 'لبناني'], ['sy', 'سوري'], ['ye', 'يمني'], ['ir', 'إيراني'], ['ir', 'ايراني'], ['ps', 'فلسطيني'],
  ['sa', 'سعودي'], ['af', 'أفغاني'], ['af', 'افغاني'], ['pk', 'باكستاني'], ['tr', 'تركي'], ['kw', 'كويتي'], ['bh', 'بحريني'],
  ['so', 'صومالي'], ['sd', 'سوداني'], ['ly', 'ليبي'], ['eg', 'مصري'], ['jo', 'أردني'], ['jo', 'اردني'],
];

const NISBA = new Map<string, number>();
for (const [code, stem] of NISBA_COUNTRIES) {
  const c = countryIndex(code);
  if (c < 0) continue;
  for (const form of [stem, stem + 'ة']) {
    NISBA.set(foldWord(form), c);
    NISBA.set(foldWord('ال' + form), c);
  }
}

type NamedGroup = NonNullable<PageContext['arabicGroups']>[number];

/** Whether span's skeletons run, in order, inside the group's. */
function wordsInside(s: ScanState, span: Span, g: NamedGroup): boolean {
  const n = span.end - span.start + 1;
  for (let at = 0; at + n <= g.skels.length; at++) {
    let k = 0;
    while (k < n && g.skels[at + k] === s.skels[span.start + k] && g.skels[at + k] >= 0) k++;
    if (k === n) return true;
  }
  return false;
}

/**
 * The body span names, if not e: one the page named before whose name holds span's words and whose entry holds the
 * country of the adjective right after span, where e's does not; -1 otherwise. Notes e, if an Arabic organisation's
 * name, for the spans after it.
 */
export function nisbaGroup(s: ScanState, span: Span, e: number): number {
  const { index, context: ctx, tokens } = s;
  if (entityKind(index, e) !== 'organization' || !isArabicKey(s.block.text[tokens.starts[span.start]])) return -1;
  let found = -1;
  const next = span.end + 1;
  // The cheapest test first: most group names have no adjective after them, and most pages name no group before.
  if (next < s.block.last && ctx.arabicGroups !== null && s.tokens.lengths[next] >= 4 && s.tokens.lengths[next] <= 12) {
    const c = NISBA.get(wordAt(s, next));
    if (c !== undefined && !entityHasCountry(index, e, c)) {
      for (let k = ctx.arabicGroups.length - 1; k >= 0 && found < 0; k--) {
        const g = ctx.arabicGroups[k];
        if (g.entity !== e && g.skels.length > span.end - span.start + 1 && entityHasCountry(index, g.entity, c) && wordsInside(s, span, g)) found = g.entity;
      }
    }
  }
  // Only a name of two words or more holds a shorter one.
  if (span.end > span.start) {
    const skels: number[] = [];
    for (let i = span.start; i <= span.end; i++) skels.push(s.skels[i]);
    (ctx.arabicGroups ??= []).push({ entity: found >= 0 ? found : e, skels });
  }
  return found;
}

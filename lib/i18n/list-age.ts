// How old a list's data is, in the reader's words: "5 weeks ago", "8 months ago", "2 years ago" ("hace 2 años"). A card
// said "more than 30 days old" of a list two and a half years old, true but no help to a reader judging a fact.
import type { Translate } from './index';
import { ageInDays, isOld } from '../dataset/list-dates';

/**
 * The age of `asOf` (an ISO day) at `now` (ms), rounded down to whole weeks under two months, whole months under two
 * years, whole years after; undefined when the list is not old (isOld: a card says nothing then).
 */
export function listAge(asOf: string, now: number, t: Translate): string | undefined {
  if (!isOld(asOf, now)) return undefined;
  const days = Math.floor(ageInDays(asOf, now));
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] = days < 60 ? [Math.floor(days / 7), 'week'] : days < 730 ? [Math.floor(days / 30.44), 'month'] : [Math.floor(days / 365.25), 'year'];
  try {
    return new Intl.RelativeTimeFormat(t('dateLocale'), { numeric: 'always' }).format(-value, unit);
  } catch {
    // An unknown locale: the catalog's own words.
    return t('card_listOld');
  }
}

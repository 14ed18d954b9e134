// A country as a list writes it ("Russia", "Iran (Islamic Republic of)", "Korea, North"), in the reader's language:
// its ISO code (lib/search/country-codes.ts) named through Intl.DisplayNames. A place that is no one country
// ("Region: Crimea") keeps the list's words.
import { countryCode } from '../search/country-codes';
import type { Translate } from './index';

const names = new Map<string, Intl.DisplayNames | null>();

function regions(locale: string): Intl.DisplayNames | null {
  if (!names.has(locale)) {
    try {
      names.set(locale, new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' }));
    } catch {
      names.set(locale, null);
    }
  }
  return names.get(locale)!;
}

export function countryName(written: string, t: Translate): string {
  const code = countryCode(written);
  return (code && regions(t('dateLocale'))?.of(code)) || written;
}

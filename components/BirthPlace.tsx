// A list's place of birth on the card. In English, as the list wrote it. In another language the country is named in
// that language (lib/i18n/place-names.ts); the city or region before it is the list's own words, marked lang="en"
// and labelled as the list's ("Qom, Irán (la ciudad o región, como la escribe la lista)"). Not "(en inglés)": most
// are names a Spanish reader writes alike (Caracas, Culiacan), though some are English exonyms (Moscow).
import type { Translate } from '@/lib/i18n';
import { placeWords } from '@/lib/i18n/place-names';
import { readsEnglish } from './ListWords';

export function BirthPlace({ place, t }: { place: string; t: Translate }) {
  if (readsEnglish(t)) return <>{place}</>;
  const { local, country } = placeWords(place, t);
  return (
    <>
      {local && <span lang="en">{local}</span>}
      {local && country && ', '}
      {country}
      {local && <span class="sl-muted"> {t('card_placeListWords')}</span>}
    </>
  );
}

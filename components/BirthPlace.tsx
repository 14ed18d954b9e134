// A list's place of birth on the card. In English, as the list wrote it. In another language the country is named in
// that language (lib/i18n/place-names.ts) and the city or region before it, the list's English words, is quoted,
// marked lang="en" and said to be English: “Qom” (en inglés), Irán.
import type { Translate } from '@/lib/i18n';
import { placeWords } from '@/lib/i18n/place-names';
import { EnglishWords, readsEnglish } from './ListWords';

export function BirthPlace({ place, t }: { place: string; t: Translate }) {
  if (readsEnglish(t)) return <>{place}</>;
  const { local, country } = placeWords(place, t);
  return (
    <>
      {local && <EnglishWords text={local} t={t} />}
      {local && country && ', '}
      {country}
    </>
  );
}

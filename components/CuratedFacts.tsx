import type { Fact } from '@/lib/dataset/facts';
import type { Translate } from '@/lib/i18n';
import { factWords, quoteLanguage } from '@/lib/i18n/fact-words';
import { SafeLink, sourceWords } from './SafeLink';

/** One curated fact in the reader's language, with the page that states it; a quote in its own language, labelled. */
export function CuratedFact({ fact, t }: { fact: Fact; t: Translate }) {
  const source = <SafeLink href={fact.sourceUrl}>{sourceWords(fact.sourceUrl, t)}</SafeLink>;
  if (fact.type === 'quote') {
    return (
      <>
        <span class="sl-muted">{t('fact_quote', quoteLanguage(fact.lang ?? 'und', t))} </span>
        <q lang={fact.lang}>{fact.text}</q> · {source}
      </>
    );
  }
  return (
    <>
      {factWords(fact, t)} · {source}
    </>
  );
}

/**
 * What the project's curated file says of the party (lib/dataset/facts.ts), each fact worded through the catalog and
 * cited. The first is the card's role line when no list gives a position (EntityCard), so it is not repeated here.
 */
export function CuratedFacts({ facts, t }: { facts: Fact[]; t: Translate }) {
  if (facts.length === 0) return null;
  return (
    <section class="sl-curated-facts" aria-label={t('card_facts')}>
      <h3>{t('card_facts')}</h3>
      <ul class="sl-plain">
        {facts.map((f, i) => (
          <li key={i}>
            <CuratedFact fact={f} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}

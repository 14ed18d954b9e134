import { isolate } from '@/lib/i18n/bidi';
import type { Translate } from '@/lib/i18n';
import { countryName } from '@/lib/i18n/country-names';
import { KIND_KEYS } from '@/lib/i18n/kinds';
import type { SearchHit } from '@/lib/search/query';
import { EnglishWords } from './ListWords';
import { StatusBadge } from './StatusBadge';

export const resultId = (i: number) => `sl-result-${i}`;

export interface SearchResultsProps {
  hits: SearchHit[];
  /** The result the arrow keys have chosen, or -1. */
  active: number;
  onOpen: (id: string) => void;
  t: Translate;
}

/**
 * The results, best first. A result found only by a similar spelling, when better ones are there, is shown in a
 * quieter group after them: its status in plain words, not a coloured badge, with the name that matched ("maduro"
 * also finds "DI MAURO, Paolo", who is not the person a reader looks for).
 */
export function SearchResults({ hits, active, onOpen, t }: SearchResultsProps) {
  const strong = hits.some((h) => h.match !== 'fuzzy');
  const weakFrom = strong ? hits.findIndex((h) => h.match === 'fuzzy') : -1;
  // The heading only where every result after it is a similar spelling (the ranking puts them last).
  const firstWeak = weakFrom > 0 && hits.slice(weakFrom).every((h) => h.match === 'fuzzy') ? weakFrom : -1;
  return (
    <ul id="sl-results" class="sl-results" aria-label={t('resultsLabel')}>
      {hits.map((h, i) => {
        const quiet = strong && h.match === 'fuzzy';
        return [
          i === firstWeak && (
            <li key="weak-heading" class="sl-weak-heading sl-muted sl-small" role="presentation">
              {t('similarSpellingsHeading')}
            </li>
          ),
          <li key={h.id} id={resultId(i)} class={[i === active && 'sl-active', quiet && 'sl-weak'].filter(Boolean).join(' ') || undefined} aria-current={i === active ? 'true' : undefined}>
            <div class="sl-result-head">
              <button type="button" onClick={() => onOpen(h.id)}>
                {h.name}
              </button>
              <StatusBadge status={h.status} quiet={quiet} t={t} />
            </div>
            <div class="sl-muted sl-small">
              {[t(KIND_KEYS[h.kind]), h.countries.slice(0, 2).map((c) => countryName(c, t)).join(', ')].filter(Boolean).join(' · ')}
              {/* The role is a list's own English words: quoted and said to be English in another language. */}
              {h.role && <> · <EnglishWords text={h.role} t={t} /></>}
            </div>
            {(h.matchedName || h.match === 'fuzzy') && (
              <div class="sl-muted sl-small sl-matched">
                {[h.matchedName && t('matchedName', isolate(h.matchedName)), h.match === 'fuzzy' && t('similarSpelling')].filter(Boolean).join(' · ')}
              </div>
            )}
          </li>,
        ];
      })}
    </ul>
  );
}

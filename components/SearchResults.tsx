import type { Translate } from '@/lib/i18n';
import { KIND_KEYS } from '@/lib/i18n/kinds';
import type { SearchHit } from '@/lib/search/query';
import { StatusBadge } from './StatusBadge';

export const resultId = (i: number) => `sl-result-${i}`;

export interface SearchResultsProps {
  hits: SearchHit[];
  /** The result the arrow keys have chosen, or -1. */
  active: number;
  onOpen: (id: string) => void;
  t: Translate;
}

export function SearchResults({ hits, active, onOpen, t }: SearchResultsProps) {
  return (
    <ul id="sl-results" class="sl-results" aria-label={t('resultsLabel')}>
      {hits.map((h, i) => (
        <li key={h.id} id={resultId(i)} class={i === active ? 'sl-active' : undefined} aria-current={i === active ? 'true' : undefined}>
          <div class="sl-result-head">
            <button type="button" onClick={() => onOpen(h.id)}>
              {h.name}
            </button>
            <StatusBadge status={h.status} t={t} />
          </div>
          <div class="sl-muted sl-small">
            {[t(KIND_KEYS[h.kind]), h.countries.slice(0, 2).join(', '), h.role].filter(Boolean).join(' · ')}
          </div>
          {(h.matchedName || h.match === 'fuzzy') && (
            <div class="sl-muted sl-small sl-matched">
              {[h.matchedName && t('matchedName', h.matchedName), h.match === 'fuzzy' && t('similarSpelling')].filter(Boolean).join(' · ')}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

import { useState } from 'preact/hooks';
import type { EntityKind, EntityStatus } from '@/lib/dataset/format';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { Facet, Facets } from '@/lib/search/search-index';
import type { SearchFilters } from '@/lib/search/query';
import { KIND_KEYS } from '@/lib/i18n/kinds';

const STATUS_KEYS: Record<EntityStatus, MessageKey> = {
  sanctioned: 'status_sanctioned',
  delisted: 'status_delisted',
  'not-sanctioned': 'status_not_sanctioned',
};

export interface FiltersProps {
  facets: Facets;
  value: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  t: Translate;
  /** The interface language: countries are named in it. */
  locale: string;
}

/** The country entries, each named in the reader's language (a place that is no country as the list wrote it), in that language's order. */
function countryChoices(countries: Facet[], locale: string): { value: string; label: string; count: number; listWords: boolean }[] {
  let regions: Intl.DisplayNames | undefined;
  try {
    regions = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  } catch {
    regions = undefined;
  }
  // A key of two capitals is an ISO code (lib/search/country-codes.ts); other places keep the list's words.
  const label = (key: string) => (/^[A-Z]{2}$/.test(key) && regions ? (regions.of(key) ?? key) : key);
  const collator = new Intl.Collator(locale);
  return countries.map((f) => ({ ...f, label: label(f.value), listWords: !/^[A-Z]{2}$/.test(f.value) })).sort((a, b) => collator.compare(a.label, b.label));
}

function Select({ id, label, value, onChange, any, children }: { id: string; label: string; value: string | undefined; onChange: (v: string | undefined) => void; any: string; children: preact.ComponentChildren }) {
  return (
    <div class="sl-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">{any}</option>
        {children}
      </select>
    </div>
  );
}

export function Filters({ facets, value, onChange, t, locale }: FiltersProps) {
  const set = (patch: SearchFilters) => onChange({ ...value, ...patch });
  const active = Boolean(value.status || value.kind || value.list || value.country);
  // Open when filters are set; after that the reader opens and closes it.
  const [shown, setShown] = useState(active);
  const programsOf = (authority: string) => facets.programs.filter((p) => p.value.startsWith(`${authority} · `));
  return (
    <details class="sl-filters" open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>{t('filtersLabel')}</summary>
      <div class="sl-filter-grid">
        <Select id="sl-filter-status" label={t('filterStatus')} value={value.status} any={t('filterAny')} onChange={(v) => set({ status: v as EntityStatus | undefined })}>
          {facets.statuses.map((f) => (
            <option key={f.value} value={f.value}>
              {t(STATUS_KEYS[f.value as EntityStatus] ?? 'filterAny')} ({f.count})
            </option>
          ))}
        </Select>
        <Select id="sl-filter-kind" label={t('filterKind')} value={value.kind} any={t('filterAny')} onChange={(v) => set({ kind: v as EntityKind | undefined })}>
          {facets.kinds.map((f) => (
            <option key={f.value} value={f.value}>
              {t(KIND_KEYS[f.value as EntityKind] ?? 'filterAny')} ({f.count})
            </option>
          ))}
        </Select>
        <Select id="sl-filter-list" label={t('filterList')} value={value.list} any={t('filterAny')} onChange={(v) => set({ list: v })}>
          {facets.authorities.map((a) => (
            <optgroup key={a.value} label={a.value}>
              <option value={a.value}>
                {a.value} ({a.count})
              </option>
              {programsOf(a.value).map((p) => (
                <option key={p.value} value={p.value}>
                  {p.value} ({p.count})
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <Select id="sl-filter-country" label={t('filterCountry')} value={value.country} any={t('filterAny')} onChange={(v) => set({ country: v })}>
          {/* A place that is no country is the list's English words ("Commonwealth of Independent States"). */}
          {countryChoices(facets.countries, locale).map((f) => (
            <option key={f.value} value={f.value} lang={f.listWords ? 'en' : undefined}>
              {f.label} ({f.count})
            </option>
          ))}
        </Select>
      </div>
      {active && (
        <button type="button" class="sl-link-button" onClick={() => onChange({})}>
          {t('filtersClear')}
        </button>
      )}
    </details>
  );
}

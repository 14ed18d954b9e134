import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { entityStatus, type Entity } from '@/lib/dataset/format';
import type { ListDate } from '@/lib/dataset/list-dates';
import type { Translate } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format-date';
import { cardPossibleWhy, cardStatus, type MentionStatus, type PossibleWhy } from '@/lib/match/mention';
import type { EntitySummary } from '@/lib/dataset/format';
import type { Client, DatasetInfo, ToBackground } from '@/lib/protocol';
import type { Facets } from '@/lib/search/search-index';
import type { PublisherSettings } from '@/lib/sync/publishers/status';
import type { SearchFilters, SearchResult } from '@/lib/search/query';
import { AboutMarks, type Shortcut } from './AboutMarks';
import { EntityCard } from './EntityCard';
import { MatchReason } from './MatchReason';
import { Filters } from './Filters';
import { MarksSwitches, marksShown, type MarkSettings, type MarksState } from './MarksSwitches';
import { OnThisPage, type PageMention } from './OnThisPage';
import { PublisherPrompt } from './PublisherPrompt';
import type { RequestHosts } from './publisher-choice';
import { resultId, SearchResults } from './SearchResults';

export interface PopupProps {
  background: Client<ToBackground>;
  /** The keyboard shortcuts as bound now (browser.commands.getAll). */
  loadShortcuts?: () => Promise<Shortcut[]>;
  pageMentions: () => Promise<PageMention[] | null>;
  marks: MarkSettings;
  t: Translate;
  /** The interface language (the catalog's dateLocale), for numbers and country names. */
  locale: string;
  /** browser.permissions.request, for the offer of updates from the publishers (called within the click). */
  requestHosts: RequestHosts;
  /** The search to open on: the text the reader looked up from a page ("Look up in Sanctions Lens"). */
  initialQuery?: string | null;
}

interface Open {
  entity: Entity;
  alternatives: EntitySummary[];
  lists: ListDate[];
  pageText?: string;
  status?: MentionStatus;
  possibleWhy?: PossibleWhy;
  /** The page's mention the card was opened from ("On this page"). */
  mention?: PageMention;
}

const LIMIT = 50;

/**
 * How long the dataset's footer and the offer of updates wait for a first search before they are asked of the worker.
 * Both messages wake a stopped worker, which then competes with the popup's own read of the search index and its first
 * answer (scripts/measure-popup-wake.ts); a reader who opens the popup to search types within this time, and one who
 * does not sees them this much later.
 */
export const WORKER_ASKS_WAIT_MS = 600;

function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.status || f.kind || f.list || f.country);
}

/** "17,785 entries · lists of 2 Jul 2024 to 27 Feb 2026": how current the lists are, not when the dataset was built. */
function footerWords(info: DatasetInfo, locale: string, t: Translate): string {
  const count = info.entityCount.toLocaleString(locale);
  const days = info.lists.map((l) => l.asOf).sort();
  if (days.length === 0) return t('datasetFooter', formatDate(info.manifest!.created.slice(0, 10), t), count);
  return t('datasetFooterLists', count, formatDate(days[0], t), formatDate(days[days.length - 1], t));
}

export function Popup({ background, loadShortcuts, pageMentions, marks, t, locale, requestHosts, initialQuery }: PopupProps) {
  const [query, setQuery] = useState(initialQuery ?? '');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(-1);
  const [onPage, setOnPage] = useState<PageMention[] | null | undefined>(undefined);
  const [marksState, setMarksState] = useState<MarksState | null>(null);
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<string | null>(null);
  // True while the newest query has no answer yet: the first one waits for the index to be built or read.
  const [pending, setPending] = useState(false);
  // Until the reader has chosen about updates from the publishers, the popup offers them.
  const [publishers, setPublishers] = useState<PublisherSettings | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  // The worker's answers that no search needs, asked once: after the first search's answer, or WORKER_ASKS_WAIT_MS.
  const askedWorker = useRef(false);
  const askWorker = () => {
    if (askedWorker.current) return;
    askedWorker.current = true;
    background('datasetInfo', {}).then(setInfo, (e: Error) => setInfo({ manifest: null, entityCount: 0, lists: [], error: e.message }));
    background('publisherStatus', {}).then(
      ({ settings }) => setPublishers(settings),
      () => setPublishers(null),
    );
  };

  useEffect(() => {
    const timer = setTimeout(askWorker, WORKER_ASKS_WAIT_MS);
    // Answered from the index the popup read itself when the worker had cached one (lib/search/local-answers.ts); else
    // asking the worker for the facets also builds its search index while the reader starts typing.
    background('searchFacets', {}).then(({ facets }) => setFacets(facets), () => setFacets(null));
    pageMentions().then(setOnPage, () => setOnPage(null));
    if (initialQuery) void run(initialQuery, {});
    return () => clearTimeout(timer);
  }, []);

  const run = async (q: string, f: SearchFilters) => {
    const ticket = ++latest.current;
    setActive(-1);
    if (!q.trim() && !hasFilters(f)) {
      setResult(null);
      setPending(false);
      return;
    }
    setPending(true);
    try {
      const reply = await background('find', { query: q, filters: f, limit: LIMIT });
      // A slower answer to an earlier keystroke must not replace a newer one.
      if (ticket !== latest.current) return;
      setResult({ hits: reply.hits, total: reply.total, capped: reply.capped });
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(t('searchError', (e as Error).message));
    } finally {
      if (ticket === latest.current) setPending(false);
    }
  };

  // After the first answer is on screen (an effect runs once the render is painted), not as it arrives.
  useEffect(() => {
    if (result || error) askWorker();
  }, [result, error]);

  // The entities the reader set aside on this site ("Not this person"): neither listed nor offered as alternatives.
  const hidden = new Set(marksState?.hidden.map((x) => x.id));
  // Opened from the page's mention, the card offers the other entries the words match too, as the page's own card does
  // (entrypoints/content/entity-cards.ts): the mention's entity among them when an alternative is open, never one the
  // reader said is not the person meant on this site.
  const show = async (id: string, from?: PageMention) => {
    const alternatives = from && [from.entityId, ...(from.alternatives ?? [])].filter((a) => a !== id && !hidden.has(a));
    try {
      const reply = await background('entity', from ? { id, alternatives, text: from.text } : { id });
      if (!reply.entity) throw new Error(id);
      const shown = { id, status: entityStatus(reply.entity) };
      const status = from && cardStatus(shown, from);
      const possibleWhy = from && cardPossibleWhy(shown, from);
      setOpen({ entity: reply.entity, alternatives: reply.alternatives, lists: reply.lists, pageText: from?.text, status, possibleWhy, mention: from });
    } catch (e) {
      setError(t('openError', (e as Error).message));
    }
  };

  const back = () => {
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  // The keyboard path: the card takes focus on its Back button, and Escape anywhere returns to the list. A layout
  // effect, so the listener and the focus are in place before the card is painted: an Escape pressed as soon as the
  // card shows would otherwise reach the search box, which clears itself on Escape (seen once on a loaded machine).
  const backButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (!open) return;
    backButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && back();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const hits = result?.hits ?? [];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(active + 1, hits.length - 1) : Math.max(active - 1, -1);
      setActive(next);
      if (next >= 0) document.getElementById(resultId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && hits.length > 0) {
      e.preventDefault();
      void show(hits[Math.max(active, 0)].id);
    }
  };

  if (open) {
    return (
      <main class="sl-popup">
        <button type="button" class="sl-back" ref={backButton} onClick={back}>
          {t('back')}
        </button>
        <div class="sl-card sl-card-inline" role="dialog" aria-labelledby="sl-card-title">
          <EntityCard
            entity={open.entity}
            pageText={open.pageText}
            status={open.status}
            possibleWhy={open.possibleWhy}
            alternatives={open.alternatives}
            lists={open.lists}
            onAlternative={(id) => void show(id, open.mention)}
            t={t}
            why={open.mention && <MatchReason entity={open.entity} mention={open.mention} alternatives={open.alternatives} t={t} />}
          />
        </div>
      </main>
    );
  }

  const filtered = hasFilters(filters);
  return (
    <main class="sl-popup" aria-busy={pending}>
      <h1>{t('popupTitle')}</h1>
      <label for="sl-search">{t('searchLabel')}</label>
      <input
        id="sl-search"
        ref={input}
        role="searchbox"
        type="search"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-controls="sl-results"
        aria-activedescendant={active >= 0 ? resultId(active) : undefined}
        value={query}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          void run(q, filters);
        }}
        onKeyDown={onKeyDown}
      />
      {facets && (
        <Filters
          facets={facets}
          value={filters}
          onChange={(f) => {
            setFilters(f);
            void run(query, f);
          }}
          t={t}
          locale={locale}
        />
      )}
      {error && <p role="alert">{error}</p>}
      {publishers?.on === null && !result && (
        <PublisherPrompt settings={publishers} background={background} requestHosts={requestHosts} t={t} onChosen={() => setPublishers(null)} />
      )}
      {pending && !result && (
        <p class="sl-muted" role="status">
          {t('searching')}
        </p>
      )}
      {result && result.total === 0 && (
        <p class="sl-muted" role="status">
          {!query.trim() ? t('noneFiltered') : filtered ? t('noResultsFiltered', query.trim()) : t('noResults', query.trim())}
        </p>
      )}
      {/* "No one matches" is read as a clearance by a reader in a hurry: said once, beside it, that it is not one. */}
      {result && result.total === 0 && query.trim() && !filtered && <p class="sl-muted sl-small">{t('noResultsNotCleared')}</p>}
      {result && result.total > 0 && (
        <>
          <p class="sl-muted sl-small" role="status">
            {result.capped
              ? t('resultsAtLeast', hits.length, result.total.toLocaleString(locale))
              : result.total > hits.length
                ? t('resultsShown', hits.length, result.total.toLocaleString(locale))
                : result.total === 1
                  ? t('resultsTotalOne')
                  : t('resultsTotal', result.total.toLocaleString(locale))}
            {' · '}
            {t('resultsKeys')}
          </p>
          <SearchResults hits={hits} active={active} onOpen={(id) => void show(id)} t={t} />
        </>
      )}
      {!result && (
        <>
          {!query && <p class="sl-muted sl-small">{t('emptyHint')}</p>}
          <OnThisPage mentions={onPage} onOpen={(m) => void show(m.entityId, m)} t={t} off={marksState ? !marksShown(marksState) : false} hidden={hidden} />
          <MarksSwitches
            settings={marks}
            t={t}
            onChange={(state) => {
              setMarksState(state);
              // Ask the tab again: a name marked again is listed again.
              pageMentions().then(setOnPage, () => setOnPage(null));
            }}
          />
          <AboutMarks loadShortcuts={loadShortcuts} t={t} pointToOptions />
        </>
      )}
      <footer class="sl-muted sl-small">
        {info?.manifest
          ? footerWords(info, locale, t)
          : info?.error
            ? t('datasetError', info.error)
            : t('datasetLoading')}
      </footer>
    </main>
  );
}

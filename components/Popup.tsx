import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '@/lib/dataset/format';
import type { Client, DatasetInfo, EntitySummary, ToBackground, ToContent } from '@/lib/protocol';
import { EntityCard } from './EntityCard';
import { formatDate } from './format-date';
import { StatusBadge } from './StatusBadge';

type PageMention = ToContent['pageMentions'][1]['mentions'][number];

export interface PopupProps {
  background: Client<ToBackground>;
  pageMentions: () => Promise<PageMention[] | null>;
}

interface Open {
  entity: Entity;
  alternatives: EntitySummary[];
  datasetVersion: string | null;
}

export function Popup({ background, pageMentions }: PopupProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[] | null>(null);
  const [onPage, setOnPage] = useState<PageMention[] | null>(null);
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    background('datasetInfo', {}).then(setInfo, (e: Error) => setError(e.message));
    pageMentions().then(setOnPage, () => setOnPage(null));
  }, []);

  const search = async (q: string) => {
    setQuery(q);
    const ticket = ++latest.current;
    if (!q.trim()) return setResults(null);
    try {
      const { results } = await background('search', { query: q, limit: 20 });
      if (ticket === latest.current) setResults(results);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const show = async (id: string) => {
    const reply = await background('entity', { id });
    if (reply.entity) setOpen({ entity: reply.entity, alternatives: reply.alternatives, datasetVersion: reply.datasetVersion });
  };

  if (open) {
    return (
      <main class="sl-popup">
        <button type="button" class="sl-back" onClick={() => setOpen(null)}>
          ← Back
        </button>
        <div class="sl-card sl-card-inline" role="dialog" aria-labelledby="sl-card-title">
          <EntityCard entity={open.entity} alternatives={open.alternatives} datasetVersion={open.datasetVersion} onAlternative={show} />
        </div>
      </main>
    );
  }

  const unique = onPage ? [...new Map(onPage.map((m) => [m.entityId, m])).values()] : [];
  const order = ['sanctioned', 'delisted', 'possible', 'not-sanctioned'];
  unique.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));

  return (
    <main class="sl-popup">
      <h1>Sanctions Lens</h1>
      <label for="sl-search">Search</label>
      <input id="sl-search" role="searchbox" type="search" autoFocus placeholder="Name or alias" value={query} onInput={(e) => void search(e.currentTarget.value)} />
      {error && <p role="alert">{error}</p>}
      {results && results.length === 0 && <p class="sl-muted">No one in the dataset matches “{query}”.</p>}
      {results && results.length > 0 && (
        <ul class="sl-results" aria-label="Search results">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => void show(r.id)}>
                {r.name}
              </button>
              <StatusBadge status={r.status} />
              {r.role && <div class="sl-muted sl-small">{r.role}</div>}
            </li>
          ))}
        </ul>
      )}
      {!results && (
        <section aria-label="On this page">
          <h2>On this page</h2>
          {onPage === null && <p class="sl-muted">This page cannot be read by the extension.</p>}
          {onPage && unique.length === 0 && <p class="sl-muted">No listed names found on this page.</p>}
          <ul class="sl-results">
            {unique.map((m) => (
              <li key={m.entityId}>
                <button type="button" onClick={() => void show(m.entityId)}>
                  {m.text}
                </button>
                <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="sl-muted sl-small">
        {info?.manifest ? `Dataset of ${formatDate(info.manifest.created.slice(0, 10))} · ${info.entityCount} entries` : info?.error ?? 'Loading the dataset…'}
      </footer>
    </main>
  );
}

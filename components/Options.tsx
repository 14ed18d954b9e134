import { useEffect, useState } from 'preact/hooks';
import type { Client, DatasetInfo, ToBackground } from '@/lib/protocol';
import { formatDate } from './format-date';
import { SafeLink } from './SafeLink';

export function Options({ background }: { background: Client<ToBackground> }) {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    background('datasetInfo', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);

  const m = info?.manifest;
  return (
    <main class="sl-options">
      <h1>Sanctions Lens settings</h1>
      <section aria-labelledby="sl-dataset-heading">
        <h2 id="sl-dataset-heading">Dataset</h2>
        <div role="status">
          {error && <p>The dataset could not be read: {error}</p>}
          {!info && !error && <p>Reading the dataset…</p>}
          {info?.error && <p>{info.error}</p>}
          {m && (
            <dl>
              <dt>Version</dt>
              <dd>{m.version}</dd>
              <dt>Date</dt>
              <dd>{formatDate(m.created.slice(0, 10))}</dd>
              <dt>Entries</dt>
              <dd>{info.entityCount}</dd>
            </dl>
          )}
        </div>
        {m && (
          <>
            <h3>Sources and licences</h3>
            <ul>
              {m.sources.map((s) => (
                <li key={s.name}>
                  <SafeLink href={s.url}>{s.name}</SafeLink> ({s.publisher}), snapshot {s.snapshot}, licence: {s.licence}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}

import { useState } from 'preact/hooks';
import { entityStatus, type Entity, type EntityKind, type Sanction } from '@/lib/dataset/format';
import type { MentionStatus } from '@/lib/match/scan';
import type { EntitySummary } from '@/lib/protocol';
import { formatDate } from './format-date';
import { SafeLink } from './SafeLink';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  agency: 'Government agency',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
};

const ALIASES_SHOWN = 4;

export interface EntityCardProps {
  entity: Entity;
  /** The words as the page wrote them, when the card opens from a mention. */
  pageText?: string;
  /** The mention's status, which can be weaker than the entity's ("possible" for a common name). */
  status?: MentionStatus;
  alternatives: EntitySummary[];
  datasetVersion: string | null;
  onAlternative?: (id: string) => void;
  titleId?: string;
  /** Id of the kind-and-status line, which a dialog names as its description. */
  statusId?: string;
}

/** Sanctions grouped by the authority that imposed them, in the order the record lists them. */
function groupByAuthority(sanctions: Sanction[]): [string, Sanction[]][] {
  const groups = new Map<string, Sanction[]>();
  for (const s of sanctions) groups.set(s.authority, [...(groups.get(s.authority) ?? []), s]);
  return [...groups];
}

export function EntityCard({ entity, pageText, status, alternatives, datasetVersion, onAlternative, titleId = 'sl-card-title', statusId = 'sl-card-status' }: EntityCardProps) {
  const byAuthority = groupByAuthority(entity.sanctions);
  const [allAliases, setAllAliases] = useState(false);
  const aliases = entity.names.filter((n) => n.name !== entity.name && n.type !== 'primary');
  const shown = allAliases ? aliases : aliases.slice(0, ALIASES_SHOWN);
  const role = entity.positions[0] ?? entity.description;
  return (
    <div class="sl-card-body">
      <header>
        <h2 id={titleId}>{entity.name}</h2>
        {pageText && pageText !== entity.name && <p class="sl-muted">On this page: “{pageText}”</p>}
        <p class="sl-kind" id={statusId}>
          {KIND_LABELS[entity.kind]} <StatusBadge status={status ?? entityStatus(entity)} />
        </p>
        {role && <p class="sl-role">{role}</p>}
      </header>

      {byAuthority.length > 0 && (
        <section aria-label="Sanctions">
          <h3>Sanctions</h3>
          {byAuthority.map(([authority, sanctions]) => (
            <div key={authority} class="sl-authority">
              <strong>{authority}</strong>
              <ul class="sl-sanctions">
                {sanctions.map((s, i) => (
                  <li key={i}>
                    {s.program}
                    {s.status === 'delisted' && !s.delisted ? ' · delisted' : ''}
                    {s.listed && <> · listed {formatDate(s.listed)}</>}
                    {s.delisted && <> · delisted {formatDate(s.delisted)}</>}
                    {s.sourceUrl && (
                      <>
                        {' '}
                        <SafeLink href={s.sourceUrl}>source</SafeLink>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {(entity.birthDates.length > 0 || entity.birthPlaces.length > 0 || entity.nationalities.length > 0) && (
        <dl class="sl-facts">
          {entity.birthDates.length > 0 && (
            <>
              <dt>Born</dt>
              <dd>
                {entity.birthDates.map(formatDate).join(', ')}
                {entity.birthPlaces.length > 0 && ` in ${entity.birthPlaces[0]}`}
              </dd>
            </>
          )}
          {entity.birthDates.length === 0 && entity.birthPlaces.length > 0 && (
            <>
              <dt>Born in</dt>
              <dd>{entity.birthPlaces[0]}</dd>
            </>
          )}
          {entity.nationalities.length > 0 && (
            <>
              <dt>Nationality</dt>
              <dd>{entity.nationalities.join(', ')}</dd>
            </>
          )}
        </dl>
      )}

      {aliases.length > 0 && (
        <p class="sl-aliases">
          <span class="sl-muted">Also known as: </span>
          {shown.map((n) => n.name).join('; ')}
          {aliases.length > ALIASES_SHOWN && (
            <button type="button" class="sl-link-button" onClick={() => setAllAliases(!allAliases)}>
              {allAliases ? 'fewer' : `${aliases.length - ALIASES_SHOWN} more`}
            </button>
          )}
        </p>
      )}

      <Timeline events={entity.events} />

      {alternatives.length > 0 && (
        <section aria-label="Other possible matches">
          <h3>Other possible matches</h3>
          <ul>
            {alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" class="sl-link-button" onClick={() => onAlternative?.(a.id)}>
                  {a.name}
                </button>{' '}
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer class="sl-muted">Dataset of {datasetVersion ? formatDate(datasetVersion.slice(0, 10)) : 'unknown date'}</footer>
    </div>
  );
}

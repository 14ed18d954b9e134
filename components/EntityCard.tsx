import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { entityStatus, type Entity, type Sanction } from '@/lib/dataset/format';
import type { Translate } from '@/lib/i18n';
import type { MentionStatus } from '@/lib/match/mention';
import type { EntitySummary } from '@/lib/dataset/format';
import { english } from '@/lib/i18n/english';
import { formatDate } from '@/lib/i18n/format-date';
import { KIND_KEYS } from '@/lib/i18n/kinds';
import { listLabel } from '@/lib/i18n/list-names';
import type { ListDate } from '@/lib/dataset/list-dates';
import { SafeLink, sourceWords } from './SafeLink';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';

const ALIASES_SHOWN = 4;

export interface EntityCardProps {
  entity: Entity;
  /** The words as the page wrote them, when the card opens from a mention. */
  pageText?: string;
  /** The mention's status, which can be weaker than the entity's ("possible" for a common name). */
  status?: MentionStatus;
  alternatives: EntitySummary[];
  /** How current each list of the dataset is (lib/dataset/list-dates.ts): the card says "as of" per list. */
  lists: ListDate[];
  onAlternative?: (id: string) => void;
  titleId?: string;
  /** Id of the kind-and-status line, which a dialog names as its description. */
  statusId?: string;
  /** The interface's words in the reader's language (the browser's i18n); English when not given. */
  t?: Translate;
  /** Shown at the end of the header: why the page's words were linked to this entry (components/MatchReason.tsx). */
  why?: ComponentChildren;
}

/** Sanctions grouped by the authority that imposed them, in the order the record lists them. */
function groupByAuthority(sanctions: Sanction[]): [string, Sanction[]][] {
  const groups = new Map<string, Sanction[]>();
  for (const s of sanctions) groups.set(s.authority, [...(groups.get(s.authority) ?? []), s]);
  return [...groups];
}

/**
 * How current the card is: for each list it cites, the date of that list's data; for a record on no list, the lists
 * that were checked and their dates. Never the date the dataset was built.
 */
function asOf(entity: Entity, lists: ListDate[], t: Translate): string {
  const date = (iso: string) => formatDate(iso, t);
  const cited = [...new Set(entity.sanctions.map((s) => s.list))];
  const known = (list: string) => lists.find((l) => l.list === list);
  if (cited.length > 0) {
    return cited.map((list) => {
      const l = known(list);
      return l ? t('card_listAsOf', listLabel(list, t), date(l.asOf)) : listLabel(list, t);
    }).join(' · ');
  }
  if (lists.length === 0) return t('card_dataset', t('card_unknownDate'));
  return t('card_listsChecked', lists.map((l) => t('listWithDate', listLabel(l.list, t), date(l.asOf))).join(', '));
}

export function EntityCard({ entity, pageText, status, alternatives, lists, onAlternative, titleId = 'sl-card-title', statusId = 'sl-card-status', t = english, why }: EntityCardProps) {
  const date = (iso: string) => formatDate(iso, t);
  const byAuthority = groupByAuthority(entity.sanctions);
  const [allAliases, setAllAliases] = useState(false);
  const aliases = entity.names.filter((n) => n.name !== entity.name && n.type !== 'primary');
  const shown = allAliases ? aliases : aliases.slice(0, ALIASES_SHOWN);
  const role = entity.positions[0] ?? entity.description;
  return (
    <div class="sl-card-body">
      <header>
        <h2 id={titleId}>{entity.name}</h2>
        {pageText && pageText !== entity.name && <p class="sl-muted">{t('card_onThisPage', pageText)}</p>}
        <p class="sl-kind" id={statusId}>
          {t(KIND_KEYS[entity.kind])} <StatusBadge status={status ?? entityStatus(entity)} t={t} />
        </p>
        {role && <p class="sl-role">{role}</p>}
        {status === 'possible' && <p class="sl-note">{t('card_possibleNote')}</p>}
        {why}
      </header>

      {byAuthority.length > 0 && (
        <section aria-label={t('card_sanctions')}>
          <h3>{t('card_sanctions')}</h3>
          {byAuthority.map(([authority, sanctions]) => (
            <div key={authority} class="sl-authority">
              <strong>{authority}</strong>
              <ul class="sl-sanctions">
                {sanctions.map((s, i) => (
                  <li key={i}>
                    {s.program}
                    {s.status === 'delisted' && !s.delisted ? ` · ${t('card_delisted')}` : ''}
                    {s.listed && <> · {t('card_listed', date(s.listed))}</>}
                    {s.delisted && <> · {t('card_delistedOn', date(s.delisted))}</>}
                    {s.sourceUrl && (
                      <>
                        {' '}
                        <SafeLink href={s.sourceUrl}>{sourceWords(s.sourceUrl, t)}</SafeLink>
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
              <dt>{t('card_born')}</dt>
              <dd>
                {entity.birthPlaces.length > 0
                  ? t('card_bornAt', entity.birthDates.map(date).join(', '), entity.birthPlaces[0])
                  : entity.birthDates.map(date).join(', ')}
              </dd>
            </>
          )}
          {entity.birthDates.length === 0 && entity.birthPlaces.length > 0 && (
            <>
              <dt>{t('card_bornIn')}</dt>
              <dd>{entity.birthPlaces[0]}</dd>
            </>
          )}
          {entity.nationalities.length > 0 && (
            <>
              <dt>{t('card_nationality')}</dt>
              <dd>{entity.nationalities.join(', ')}</dd>
            </>
          )}
        </dl>
      )}

      {aliases.length > 0 && (
        <p class="sl-aliases">
          <span class="sl-muted">{t('card_aliases')} </span>
          {shown.map((n) => n.name).join('; ')}
          {aliases.length > ALIASES_SHOWN && (
            <button type="button" class="sl-link-button" onClick={() => setAllAliases(!allAliases)}>
              {allAliases ? t('card_fewer') : t('card_more', aliases.length - ALIASES_SHOWN)}
            </button>
          )}
        </p>
      )}

      <Timeline events={entity.events} t={t} />

      {alternatives.length > 0 && (
        <section aria-label={t('card_alternatives')}>
          <h3>{t('card_alternatives')}</h3>
          <ul>
            {alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" class="sl-link-button" onClick={() => onAlternative?.(a.id)}>
                  {a.name}
                </button>{' '}
                <StatusBadge status={a.status} t={t} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer class="sl-muted">{asOf(entity, lists, t)}</footer>
    </div>
  );
}

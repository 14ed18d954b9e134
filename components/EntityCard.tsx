import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { entityStatus, roleList, type Entity, type EntityEvent, type EntityStatus, type Sanction } from '@/lib/dataset/format';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { MentionStatus, PossibleWhy } from '@/lib/match/mention';
import { CURATED_LIST } from '@/lib/dataset/facts';
import type { EntitySummary } from '@/lib/dataset/format';
import { english } from '@/lib/i18n/english';
import { formatDate } from '@/lib/i18n/format-date';
import { isolate } from '@/lib/i18n/bidi';
import { countryName } from '@/lib/i18n/country-names';
import { identifierType } from '@/lib/i18n/identifier-types';
import { programName } from '@/lib/i18n/place-names';
import { KIND_KEYS } from '@/lib/i18n/kinds';
import { authorityLabel, listLabel } from '@/lib/i18n/list-names';
import type { ListDate } from '@/lib/dataset/list-dates';
import { listAge } from '@/lib/i18n/list-age';
import { byList, citationText, entryLabel, sanctionDates, sanctionRef } from '@/lib/i18n/citation';
import { readableName, sameWords } from '@/lib/names/readable';
import { BirthPlace } from './BirthPlace';
import { SLOT, withSlot } from './SentenceSlot';
import { CuratedFact, CuratedFacts } from './CuratedFacts';
import { ListWords, listsInWords, readsEnglish, textLists } from './ListWords';
import { SafeLink, sourceWords } from './SafeLink';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';

const ALIASES_SHOWN = 4;

const ALTERNATIVE_STATUS: Record<EntityStatus, MessageKey> = {
  sanctioned: 'card_alternativeSanctioned',
  delisted: 'card_alternativeDelisted',
  'not-sanctioned': 'card_alternativeNotSanctioned',
};

export interface EntityCardProps {
  entity: Entity;
  /** The words as the page wrote them, when the card opens from a mention. */
  pageText?: string;
  /** The mention's status, which can be weaker than the entity's ("possible" for a common name). */
  status?: MentionStatus;
  /** Why a possible match is only possible, said in its badge (lib/match/mention.ts cardPossibleWhy). */
  possibleWhy?: PossibleWhy;
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
  /** Now, in ms, for saying that a list's data is more than 30 days old; the clock when not given. */
  now?: number;
}

/** The curated, cited event that gives a list sanction its listing day (PDVSA's 28 Jan 2019, Treasury sm594). */
function curatedListing(entity: Entity, s: Sanction): EntityEvent | undefined {
  if (s.curated || !s.listed) return undefined;
  return entity.events.find((e) => e.curated && e.type === 'designated' && e.date === s.listed && e.list === s.list && e.programs?.includes(s.program));
}

/** "curated by Sanctions Lens", with the source the curated file cites. */
function Curated({ url, t }: { url?: string; t: Translate }) {
  return (
    <span class="sl-curated">
      {t('card_curated')}
      {url && (
        <>
          {' · '}
          <SafeLink href={url}>{sourceWords(url, t)}</SafeLink>
        </>
      )}
    </span>
  );
}

/**
 * How current the card is: for each list it cites, the date of that list's data; for a record on no list, the lists
 * that were checked and their dates. Never the date the dataset was built.
 */
function asOf(entity: Entity, lists: ListDate[], t: Translate, now: number): string {
  const date = (iso: string) => formatDate(iso, t);
  const aged = (l: ListDate, before: string, after = '') => {
    const age = listAge(l.asOf, now, t);
    return age ? `${before}${age}${after}` : '';
  };
  // Inside "Lists checked: X (date), Y (date)" the age joins the date's own brackets: "X (2 Jul 2024, 2 years ago)".
  const datedAged = (l: ListDate) => date(l.asOf) + aged(l, ', ');
  const cited = [...new Set(entity.sanctions.map((s) => s.list))];
  const known = (list: string) => lists.find((l) => l.list === list);
  if (cited.length > 0) {
    return cited.map((list) => {
      const l = known(list);
      return l ? t('card_listAsOf', listLabel(list, t), date(l.asOf)) + aged(l, ' (', ')') : listLabel(list, t);
    }).join(' · ');
  }
  if (lists.length === 0) return t('card_datasetUndated');
  return t('card_listsChecked', lists.map((l) => t('listWithDate', listLabel(l.list, t), datedAged(l))).join(', '));
}

export function EntityCard({ entity, pageText, status, possibleWhy, alternatives, lists, onAlternative, titleId = 'sl-card-title', statusId = 'sl-card-status', t = english, why, now = Date.now() }: EntityCardProps) {
  const date = (iso: string) => formatDate(iso, t);
  const groups = byList(entity.sanctions);
  const [allAliases, setAllAliases] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const title = readableName(entity);
  // A form that only differs from the list's or the title in accents, case, punctuation or order says nothing new.
  const aliases = entity.names.filter((n) => n.type !== 'primary' && !sameWords(n.name, entity.name) && !sameWords(n.name, title));
  const shown = allAliases ? aliases : aliases.slice(0, ALIASES_SHOWN);
  // The role line: a list's position (its own English words, labelled in another language); for a party no list gives
  // one, the first of the project's curated facts, worded in the reader's language.
  const sourceLists = textLists(entity);
  const listRole = sourceLists.length > 0 ? (entity.positions[0] ?? entity.description) : undefined;
  const facts = entity.facts ?? [];
  const factRole = listRole ? undefined : facts[0];
  // The role line names the one source whose words it is (a curated row merged into a listed record may give the
  // only position: Lukashenka's); the further positions below may come from any of the record's sources.
  const curatedToo = sourceLists.length > 0 && entity.sources.some((s) => s.list === CURATED_LIST);
  const listsWords = listsInWords(curatedToo ? [...sourceLists, CURATED_LIST] : sourceLists, t);
  const roleSource = entity.positions.length > 0 ? roleList(entity) : undefined;
  const roleWords = roleSource ? listsInWords([roleSource], t) : listsWords;
  const citation = citationText(entity, lists, t);
  // Only the reader's own click copies: a page's synthetic click on the card gets nothing.
  const copy = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    navigator.clipboard.writeText(citation).then(() => setCopied('yes'), () => setCopied('failed'));
  };
  return (
    <div class="sl-card-body">
      <header>
        <h2 id={titleId}>{title}</h2>
        {title !== entity.name && <p class="sl-muted sl-list-form">{t('card_listForm', entity.name)}</p>}
        {pageText && pageText !== entity.name && pageText !== title && <p class="sl-muted">{t('card_onThisPage', isolate(pageText))}</p>}
        <p class="sl-kind" id={statusId}>
          {t(KIND_KEYS[entity.kind])} <StatusBadge status={status ?? entityStatus(entity)} possibleWhy={possibleWhy} t={t} />
        </p>
        {listRole && (
          <p class="sl-role">
            <ListWords text={listRole} label={t('card_roleListWords', roleWords)} t={t} />
            {/* In English the list's words need no label, but a reader who quotes them still needs whose they are. */}
            {readsEnglish(t) && <span class="sl-muted sl-role-source"> · {t('card_roleFrom', roleWords)}</span>}
          </p>
        )}
        {factRole && (
          <p class="sl-role sl-fact-role">
            <CuratedFact fact={factRole} t={t} />
          </p>
        )}
        {/* With "Why this match?" below, that section says why the match is only possible: said once. */}
        {status === 'possible' && !why && <p class="sl-note">{t('card_possibleNote')}</p>}
        {why}
      </header>

      {groups.length > 0 && (
        <section aria-label={t('card_sanctions')}>
          <h3>{t('card_sanctions')}</h3>
          {groups.map(([list, sanctions]) => {
            const asOf = lists.find((l) => l.list === list);
            const age = asOf && listAge(asOf.asOf, now, t);
            const ref = sanctionRef(entity, sanctions[0]);
            const urls = new Set(sanctions.map((s) => s.sourceUrl));
            // One link for the list's entry when every program points to it, else one per program.
            const groupUrl = urls.size === 1 && !sanctions[0].curated ? sanctions[0].sourceUrl : undefined;
            const reasons = sanctions.filter((s, i) => s.reason && sanctions.findIndex((x) => x.reason === s.reason) === i);
            return (
              <div key={list} class="sl-authority">
                <p class="sl-list-line">
                  <strong>{authorityLabel(list, sanctions[0].authority, t)}</strong>
                  {' · '}
                  {asOf ? t('card_listAsOf', listLabel(list, t), date(asOf.asOf)) : listLabel(list, t)}
                  {age && <span class="sl-old"> ({age})</span>}
                  {ref && <> · <span class="sl-entry">{entryLabel(list, ref, t)}</span></>}
                  {groupUrl && <> · <SafeLink href={groupUrl}>{sourceWords(groupUrl, t)}</SafeLink></>}
                </p>
                <ul class="sl-sanctions">
                  {sanctions.map((s, i) => {
                    const cited = curatedListing(entity, s);
                    return (
                      <li key={i}>
                        {programName(list, s.program, t)}
                        {sanctionDates(s, t, entity.events).map((d) => ` · ${d}`).join('')}
                        {cited && <> (<Curated url={cited.sourceUrl} t={t} />)</>}
                        {s.curated && <> · <Curated url={s.sourceUrl} t={t} /></>}
                        {!groupUrl && !s.curated && s.sourceUrl && <> · <SafeLink href={s.sourceUrl}>{sourceWords(s.sourceUrl, t)}</SafeLink></>}
                      </li>
                    );
                  })}
                </ul>
                {/* The list's own words, quoted; a curated row carries no reason (lib/dataset/curated.ts). */}
                {reasons.map((s) => (
                  <blockquote key={s.program} class="sl-reason">
                    <span class="sl-muted">{readsEnglish(t) ? t('card_reason') : t('card_reasonEnglish')} </span>
                    <span lang="en">“{s.reason}”</span>
                  </blockquote>
                ))}
              </div>
            );
          })}
        </section>
      )}

      {(entity.birthDates.length > 0 || entity.birthPlaces.length > 0 || entity.nationalities.length > 0 || entity.identifiers.length > 0 || (sourceLists.length > 0 && entity.positions.length > 1)) && (
        <dl class="sl-facts">
          {entity.birthDates.length > 0 && (
            <>
              <dt>{t('card_born')}</dt>
              <dd>
                {entity.birthPlaces.length > 0
                  ? withSlot(t('card_bornAt', entity.birthDates.map(date).join(', '), SLOT), <BirthPlace place={entity.birthPlaces[0]} t={t} />)
                  : entity.birthDates.map(date).join(', ')}
              </dd>
            </>
          )}
          {entity.birthDates.length === 0 && entity.birthPlaces.length > 0 && (
            <>
              <dt>{t('card_bornIn')}</dt>
              <dd><BirthPlace place={entity.birthPlaces[0]} t={t} /></dd>
            </>
          )}
          {entity.nationalities.length > 0 && (
            <>
              <dt>{t('card_nationality')}</dt>
              <dd>{entity.nationalities.map((n) => countryName(n, t)).join(', ')}</dd>
            </>
          )}
          {/* A record on no list has the curated file's positions (English, for matching): its facts say them. */}
          {sourceLists.length > 0 && entity.positions.length > 1 && (
            <>
              {/* The label that says whose words they are sits in the value: a long term squeezed the value's column. */}
              <dt>{t('card_positions')}</dt>
              <dd>
                {!readsEnglish(t) && <p class="sl-muted sl-positions-source">{t('card_positionsSource', listsWords)}</p>}
                <ul class="sl-plain">
                  {entity.positions.map((p) => <li key={p} lang="en">{p}</li>)}
                </ul>
              </dd>
            </>
          )}
          {entity.identifiers.length > 0 && (
            <>
              <dt>{t('card_identifiers')}</dt>
              <dd>
                <ul class="sl-plain">
                  {entity.identifiers.map((id, i) => {
                    // The lists' types are English words: shown as written in English, worded in another language.
                    const type = readsEnglish(t) ? id.type : identifierType(id.type, t);
                    return (
                      <li key={i}>
                        {type ?? <span lang="en">{id.type}</span>} {id.value}
                        {id.country ? ` (${countryName(id.country, t)})` : ''}
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}

      {aliases.length > 0 && (
        <p class="sl-aliases">
          <span class="sl-muted">{t('card_aliases')} </span>
          {shown.map((n) => n.name).join('; ')}
          {/* A space, so that the text (and a screen reader's reading of it) does not run the last name into "6 more". */}
          {aliases.length > ALIASES_SHOWN && ' '}
          {aliases.length > ALIASES_SHOWN && (
            <button type="button" class="sl-link-button" onClick={() => setAllAliases(!allAliases)}>
              {allAliases ? t('card_fewer') : t('card_more', aliases.length - ALIASES_SHOWN)}
            </button>
          )}
        </p>
      )}

      <CuratedFacts facts={factRole ? facts.slice(1) : facts} t={t} />

      <Timeline events={entity.events} t={t} />

      {/* Other entries the page's words could name: quiet, with the name that matched, and their status in words as
          that entry's own, never a red badge beside the page's person (READINGS: weak hits are never shown as equals). */}
      {alternatives.length > 0 && (
        <section class="sl-alternatives" aria-label={t('card_alternatives')}>
          <h3>{t('card_alternatives')}</h3>
          <p class="sl-muted">{t('card_alternativesNote')}</p>
          <ul>
            {alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" class="sl-link-button" onClick={() => onAlternative?.(a.id)}>
                  {readableName({ ...a, names: [] })}
                </button>{' '}
                <span class="sl-muted">
                  {a.matched && a.matched !== a.name ? `${t('card_alternativeMatched', isolate(a.matched))} · ` : ''}
                  {t(ALTERNATIVE_STATUS[a.status])}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="sl-cite">
        <button type="button" class="sl-button" onClick={copy}>{t('card_copyCitation')}</button>{' '}
        <span role="status" class="sl-muted">{copied === 'yes' ? t('card_copied') : copied === 'failed' ? t('card_copyFailed') : ''}</span>
      </p>
      {copied === 'failed' && <textarea class="sl-citation" readOnly rows={4} value={citation} />}

      <footer class="sl-muted">{asOf(entity, lists, t, now)}</footer>
    </div>
  );
}

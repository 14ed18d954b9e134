// "Why this match?" on a card: which of the entry's names the page's words stand for, what on the page supports the
// link (the scan's reasons, lib/match/mention.ts), for a possible match why it is only possible and what would
// confirm it, and, when the same words could name others, what tells them apart.
import type { ComponentChildren } from 'preact';
import type { Entity, EntitySummary } from '@/lib/dataset/format';
import type { MessageKey, Translate } from '@/lib/i18n';
import { isolate } from '@/lib/i18n/bidi';
import { countryName } from '@/lib/i18n/country-names';
import { english } from '@/lib/i18n/english';
import { matchedName } from '@/lib/match/matched-name';
import type { MatchReason as Reason, Mention } from '@/lib/match/mention';
import { roleInSentence } from '@/lib/i18n/fact-words';
import { curatedOnly, EnglishWords, textLists } from './ListWords';
import { SLOT, withSlot } from './SentenceSlot';

export interface MatchReasonProps {
  entity: Entity;
  /** The mark's mention; its `entityId` (when given) tells a card of another entry offered from it. */
  mention: Pick<Mention, 'text' | 'status' | 'possibleBecause' | 'reasons'> & Partial<Pick<Mention, 'entityId'>>;
  alternatives: EntitySummary[];
  t?: Translate;
}

const SIMPLE: Partial<Record<Reason, MessageKey>> = {
  'distinctive-name': 'why_distinctive',
  'closest-name': 'why_closest',
  'head-of-state-surname': 'why_headOfStateSurname',
  'fuller-name': 'why_fullerName',
  'listed-child': 'why_listedChild',
  'listed-relative': 'why_listedRelative',
  'listed-body': 'why_listedBody',
  'co-designated': 'why_coDesignated',
  'confirmed-earlier': 'why_confirmedEarlier',
  'confirmed-later': 'why_confirmedLater',
  'sanctions-near': 'why_sanctionsNear',
  'sanctions-story': 'why_story',
  'near-spelling': 'why_nearSpelling',
};

const ROLE_CHARS = 80;

function short(text: string): string {
  return text.length > ROLE_CHARS ? `${text.slice(0, ROLE_CHARS - 1)}…` : text;
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

/** Birth years, countries and role: what a reader compares between namesakes. */
function facts(birthDates: string[], places: string[], role: string | undefined, t: Translate): ComponentChildren {
  const years = unique(birthDates.map((d) => /\d{4}/.exec(d)?.[0] ?? ''));
  const parts = [years.length ? t('why_born', years.join(', ')) : '', unique(places.map((p) => countryName(p, t))).slice(0, 2).join(', ')].filter(Boolean);
  if (!role) return parts.length ? parts.join(' · ') : t('why_noFacts');
  return (
    <>
      {parts.map((p) => `${p} · `).join('')}
      <EnglishWords text={short(role)} t={t} />
    </>
  );
}

function reasonLine(reason: Reason, entity: Entity, t: Translate): ComponentChildren | undefined {
  const simple = SIMPLE[reason];
  if (simple) return t(simple);
  if (reason === 'title') {
    const role = entity.positions[0];
    // A party on no list: its positions are the curated file's English titles for matching; its role fact says them.
    const curatedRole = textLists(entity).length === 0 ? entity.facts?.find((f) => f.type === 'role') : undefined;
    if (curatedRole) return t('why_roleCurated', roleInSentence(curatedRole, t));
    return role ? withSlot(t('why_role', SLOT), <EnglishWords text={short(role)} t={t} />) : t('why_roleOnly');
  }
  if (reason === 'country') return t('why_country', unique([...entity.countries, ...entity.nationalities].map((c) => countryName(c, t))).join(', '));
  // 'earlier-full-name' is said in the name line; 'sports-page' in why the match is only possible.
  return undefined;
}

export function MatchReason({ entity, mention, alternatives, t = english }: MatchReasonProps) {
  // On another entry offered from the mark, the scan's reasons were for the mark's entry (its title, its country):
  // none is said of this one, which the words match by name only.
  const markEntry = mention.entityId !== undefined && mention.entityId !== entity.id ? (alternatives.find((a) => a.id === mention.entityId)?.name ?? '') : undefined;
  const reasons = markEntry === undefined ? (mention.reasons ?? []) : [];
  const name = matchedName(entity.names, mention.text);
  // A party on no list (the curated file's): its names are ours, not "the listed name".
  const unlisted = curatedOnly(entity);
  const nameLine = reasons.includes('earlier-full-name')
    ? t('why_backReference', isolate(mention.text), entity.name)
    : name && name.type !== 'primary' && name.name !== entity.name
      ? t(unlisted ? 'why_aliasCurated' : 'why_alias', isolate(mention.text), isolate(name.name))
      : t(unlisted ? 'why_primaryCurated' : 'why_primary', isolate(mention.text), isolate(name?.name ?? entity.name));
  const support = reasons.flatMap((r) => {
    const line = reasonLine(r, entity, t);
    return line === undefined ? [] : [{ key: r, line }];
  });
  const possible = markEntry === undefined && mention.status === 'possible';
  const shared = mention.possibleBecause === 'shared-surname';
  const candidates = alternatives.length > 0 ? [{ id: entity.id, name: entity.name, text: facts(entity.birthDates, [...entity.nationalities, ...entity.countries], entity.positions[0] ?? entity.description, t) }, ...alternatives.map((a) => ({ id: a.id, name: a.name, text: facts(a.apart?.birthDates ?? [], [...(a.apart?.nationalities ?? []), ...a.countries], a.role, t) }))] : [];
  return (
    <section class="sl-why" aria-labelledby="sl-why-title">
      <h3 id="sl-why-title">{t('why_heading')}</h3>
      <p class="sl-why-name">{nameLine}</p>
      {support.length > 0 && (
        <ul class="sl-why-support">
          {support.map(({ key, line }) => (
            <li key={key}>{line}</li>
          ))}
        </ul>
      )}
      {markEntry !== undefined && (
        <>
          <p class="sl-why-possible">{t('why_otherEntry', markEntry ? isolate(markEntry) : '—')}</p>
          <p class="sl-why-confirm">{t('why_confirmOtherEntry')}</p>
        </>
      )}
      {possible && (
        <>
          <p class="sl-why-possible">{shared ? t('why_onlyPossibleShared') : reasons.includes('sports-page') ? t('why_onlyPossibleSports') : t('why_onlyPossibleCommon')}</p>
          <p class="sl-why-confirm">{shared ? t('why_confirmShared') : t('why_confirmCommon')}</p>
        </>
      )}
      {candidates.length > 0 && (
        <>
          <p class="sl-why-apart">{t('why_apart')}</p>
          <ul class="sl-why-candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>: {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

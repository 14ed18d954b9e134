import type { Translate } from '@/lib/i18n';
import type { Mention, MentionStatus } from '@/lib/match/mention';
import { StatusBadge } from './StatusBadge';

export interface PageMention {
  entityId: string;
  text: string;
  status: MentionStatus;
  /** Why the scan linked the words to the entity (the card's "Why this match?"). */
  possibleBecause?: Mention['possibleBecause'];
  reasons?: Mention['reasons'];
  /** The other entries the words match too, offered on the card as on the page's own. */
  alternatives?: Mention['alternatives'];
}

// Unlike the page's own list (MENTION_STATUSES), the popup puts a possible match before the officials known not to be
// sanctioned: it is the one a reader may need to check.
const ORDER: MentionStatus[] = ['sanctioned', 'delisted', 'possible', 'not-sanctioned'];

/** One entry per entity, named as the page first names it (the fullest form), sanctioned first, then in page order. */
export function pageEntities(mentions: PageMention[]): PageMention[] {
  // One row per entity, under the fullest wording the page used ("Manuel Ricardo Cristopher Figuera", not a later "Cristopher Figuera").
  const byEntity = new Map<string, PageMention>();
  for (const m of mentions) {
    const seen = byEntity.get(m.entityId);
    if (!seen || m.text.length > seen.text.length) byEntity.set(m.entityId, m);
  }
  const unique = [...byEntity.values()];
  return unique.map((m, i) => ({ m, i })).sort((a, b) => ORDER.indexOf(a.m.status) - ORDER.indexOf(b.m.status) || a.i - b.i).map(({ m }) => m);
}

export interface OnThisPageProps {
  /** undefined while the tab is asked, null when it cannot be read. */
  mentions: PageMention[] | null | undefined;
  onOpen: (m: PageMention) => void;
  t: Translate;
  /** The marks are off on this site (the switch, or a card's menu): none is listed, and the section says so. */
  off?: boolean;
  /** Entities the reader took off this site ("Not this person"): not listed. */
  hidden?: ReadonlySet<string>;
}

export function OnThisPage({ mentions, onOpen, t, off = false, hidden }: OnThisPageProps) {
  // The tab's answer may predate a change just made in the popup: what the popup knows is applied too.
  const entities = mentions && !off ? pageEntities(mentions.filter((m) => !hidden?.has(m.entityId))) : [];
  return (
    <section aria-labelledby="sl-on-page">
      <h2 id="sl-on-page">{t('onThisPage')}</h2>
      {mentions === null && <p class="sl-muted">{t('onThisPageUnreadable')}</p>}
      {mentions && off && <p class="sl-muted">{t('onThisPageOff')}</p>}
      {mentions && !off && entities.length === 0 && <p class="sl-muted">{t('onThisPageNone')}</p>}
      {entities.length > 0 && (
        <ul class="sl-results" aria-labelledby="sl-on-page">
          {entities.map((m) => (
            <li key={m.entityId}>
              <div class="sl-result-head">
                <button type="button" onClick={() => onOpen(m)}>
                  {m.text}
                </button>
                <StatusBadge status={m.status} possibleWhy={m.possibleBecause} t={t} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

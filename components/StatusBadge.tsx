import type { MessageKey, Translate } from '@/lib/i18n';
import type { MentionStatus, PossibleWhy } from '@/lib/match/mention';
import { english } from '@/lib/i18n/english';

const KEYS: Record<MentionStatus, MessageKey> = {
  sanctioned: 'status_sanctioned',
  delisted: 'status_delisted',
  'not-sanctioned': 'status_not_sanctioned',
  possible: 'status_possible',
};

// A possible match says why in its badge: a common name, a surname two people on the page share, or (on another entry
// offered from a mark) a name the mark's entry shares. A possible match with no reason given says only "Possible match".
const POSSIBLE_KEYS: Record<PossibleWhy, MessageKey> = {
  'common-name': 'status_possible',
  'shared-surname': 'status_possibleShared',
  'other-entry': 'status_possibleOtherEntry',
};

function badgeKey(status: MentionStatus, why: PossibleWhy | undefined): MessageKey {
  if (status !== 'possible') return KEYS[status];
  return why ? POSSIBLE_KEYS[why] : 'status_possiblePlain';
}

/**
 * A shape per status, so the badge is told apart without its colour (WCAG 1.4.1): sanctioned a filled stop sign,
 * delisted a struck-through circle, not sanctioned an empty circle, possible a question mark. Drawn in the text's
 * colour; the word beside it is what a screen reader reads.
 */
function StatusIcon({ status }: { status: MentionStatus }) {
  return (
    <svg class="sl-status-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" data-status-icon={status}>
      {status === 'sanctioned' && (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <rect x="4" y="7" width="8" height="2" fill="#fff" />
        </>
      )}
      {status === 'delisted' && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M3.5 12.5l9-9" stroke="currentColor" stroke-width="2" />
        </>
      )}
      {status === 'not-sanctioned' && <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" />}
      {status === 'possible' && (
        <>
          <path d="M5 5.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          <circle cx="8" cy="13.5" r="1.3" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/**
 * The status as an icon and a word on a coloured badge, or, `quiet`, as plain muted words (a result that is only a
 * similar spelling). `possibleWhy`: why a possible match is only possible (lib/match/mention.ts).
 */
export function StatusBadge({ status, possibleWhy, quiet = false, t = english }: { status: MentionStatus; possibleWhy?: PossibleWhy; quiet?: boolean; t?: Translate }) {
  const words = t(badgeKey(status, possibleWhy));
  if (quiet) return <span class="sl-muted sl-small">{words}</span>;
  return (
    <span class={`sl-badge sl-badge-${status}`}>
      <StatusIcon status={status} />
      {words}
    </span>
  );
}

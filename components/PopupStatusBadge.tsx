import type { MentionStatus } from '@/lib/match/scan';
import type { MessageKey, Translate } from '@/lib/i18n';

const KEYS: Record<MentionStatus, MessageKey> = {
  sanctioned: 'status_sanctioned',
  delisted: 'status_delisted',
  'not-sanctioned': 'status_not_sanctioned',
  possible: 'status_possible',
};

/** StatusBadge's look with the label in the browser's language (StatusBadge itself is English, as the card is). */
export function PopupStatusBadge({ status, t }: { status: MentionStatus; t: Translate }) {
  return <span class={`sl-badge sl-badge-${status}`}>{t(KEYS[status])}</span>;
}

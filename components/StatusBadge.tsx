import type { MessageKey, Translate } from '@/lib/i18n';
import type { MentionStatus } from '@/lib/match/mention';
import { english } from '@/lib/i18n/english';

const KEYS: Record<MentionStatus, MessageKey> = {
  sanctioned: 'status_sanctioned',
  delisted: 'status_delisted',
  'not-sanctioned': 'status_not_sanctioned',
  possible: 'status_possible',
};

/** The status as a coloured badge, or, `quiet`, as plain muted words (a result that is only a similar spelling). */
export function StatusBadge({ status, quiet = false, t = english }: { status: MentionStatus; quiet?: boolean; t?: Translate }) {
  if (quiet) return <span class="sl-muted sl-small">{t(KEYS[status])}</span>;
  return <span class={`sl-badge sl-badge-${status}`}>{t(KEYS[status])}</span>;
}

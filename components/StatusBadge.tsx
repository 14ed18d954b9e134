import type { MessageKey, Translate } from '@/lib/i18n';
import type { MentionStatus } from '@/lib/match/mention';
import { english } from '@/lib/i18n/english';

const KEYS: Record<MentionStatus, MessageKey> = {
  sanctioned: 'status_sanctioned',
  delisted: 'status_delisted',
  'not-sanctioned': 'status_not_sanctioned',
  possible: 'status_possible',
};

export function StatusBadge({ status, t = english }: { status: MentionStatus; t?: Translate }) {
  return <span class={`sl-badge sl-badge-${status}`}>{t(KEYS[status])}</span>;
}

import type { MentionStatus } from '@/lib/match/scan';

const LABELS: Record<MentionStatus, string> = {
  sanctioned: 'Sanctioned',
  delisted: 'Delisted',
  'not-sanctioned': 'Not sanctioned',
  possible: 'Possible match, common name',
};

export function StatusBadge({ status }: { status: MentionStatus }) {
  return <span class={`sl-badge sl-badge-${status}`}>{LABELS[status]}</span>;
}

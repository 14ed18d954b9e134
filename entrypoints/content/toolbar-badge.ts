// The toolbar badge: the number of sanctioned names on this page, sent only when it changes (empty when the
// marks are off here).
import type { Client, ToBackground } from '@/lib/protocol';

export function toolbarBadge(background: Client<ToBackground>): (sanctioned: number) => void {
  let shown = -1;
  return (sanctioned) => {
    if (sanctioned === shown) return;
    shown = sanctioned;
    background('pageCount', { sanctioned }).catch((e: unknown) => console.warn('Sanctions Lens: could not update the toolbar badge', e));
  };
}

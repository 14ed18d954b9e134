// The toolbar badge: the number of sanctioned names on this page, sent only when it changes (empty when the
// marks are off here).
import type { Feature } from '../feature';

export const toolbarBadge: Feature = {
  name: 'toolbar badge',
  start(page) {
    let shown = -1;
    const count = () => {
      const sanctioned = page.on() ? page.marks.sanctionedCount() : 0;
      if (sanctioned === shown) return;
      shown = sanctioned;
      page.background('pageCount', { sanctioned }).catch((e: unknown) => console.warn('Sanctions Lens: could not update the toolbar badge', e));
    };
    const off = [page.events.on('settings', count), page.events.on('marksChanged', count), page.events.on('pageRead', count)];
    count();
    return () => {
      for (const f of off) f();
    };
  },
};

// Reading the page, once the marks are on for its site, and keeping up with it as it changes (infinite scroll,
// single-page navigation, live blogs, hydration). Also records the performance marks the measurements read
// (scripts/measure-overlay.ts): reading started, first names drawn, page read.
import type { Feature } from '../feature';
import { PageWatch } from '../page-watch';

export const livePage: Feature = {
  name: 'live page',
  start(page) {
    let watch: PageWatch | undefined;
    page.marks.onAdded = () => {
      performance.mark('sanctions-lens:first-marks');
      page.marks.onAdded = () => undefined;
    };
    const read = () => {
      if (watch || !page.on()) return;
      performance.mark('sanctions-lens:reading');
      watch = new PageWatch(page.marks, {
        onRoot: (root) => page.events.emit('root', root),
        onChange: () => page.events.emit('marksChanged'),
        onIdle: () => {
          page.events.emit('pageRead');
          // Once: a live page would otherwise fill the page's performance timeline.
          if (performance.getEntriesByName('sanctions-lens:page-read').length === 0) performance.mark('sanctions-lens:page-read');
        },
      });
      watch.add(document);
    };
    const off = [page.events.on('settings', read), page.events.on('nested', ({ root, host }) => watch?.onNested(root, host))];
    read();
    return () => {
      for (const f of off) f();
      page.marks.onAdded = () => undefined;
      watch?.stop();
    };
  },
};

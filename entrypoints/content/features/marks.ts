// The marks: drawn in the reader's styles, shown or hidden with the site switch, without the entities the reader
// said are not the person meant here, listed for the popup (only those on screen), and taken off the page (highlights unregistered, box layer removed) when the feature stops.
import { notThisPersonOn } from '@/lib/settings';
import type { Feature } from '../feature';

export const marks: Feature = {
  name: 'marks',
  start(page) {
    let hidden = '';
    const apply = () => {
      page.painter.setStyles(page.settings().styles);
      page.painter.setVisible(page.on());
      const ids = notThisPersonOn(page.settings(), page.hostname);
      const key = [...ids].sort().join('\u0000');
      if (key === hidden) return;
      hidden = key;
      page.marks.setHidden(ids);
      page.events.emit('marksChanged');
    };
    apply();
    const off = [
      page.events.on('settings', apply),
      page.events.on('root', (root) => page.painter.attach(root)),
      // Marks turned off for the site are listed nowhere: the popup's "On this page" says they are off instead.
      page.answer('pageMentions', async () => ({
        mentions: (page.on() ? page.marks.all : []).map(({ mention: { entityId, text, status, possibleBecause, reasons, alternatives } }) => ({ entityId, text, status, possibleBecause, reasons, alternatives })),
      })),
    ];
    return () => {
      for (const f of off) f();
      page.marks.stop();
      page.painter.dispose();
    };
  },
};

// The marks: drawn in the reader's styles, shown or hidden with the site switch, listed for the popup, and taken off
// the page (highlights unregistered, box layer removed) when the feature stops.
import type { Feature } from '../feature';

export const marks: Feature = {
  name: 'marks',
  start(page) {
    const apply = () => {
      page.painter.setStyles(page.settings().styles);
      page.painter.setVisible(page.on());
    };
    apply();
    const off = [
      page.events.on('settings', apply),
      page.events.on('root', (root) => page.painter.attach(root)),
      page.answer('pageMentions', async () => ({
        mentions: page.marks.all.map(({ mention }) => ({ entityId: mention.entityId, text: mention.text, status: mention.status })),
      })),
    ];
    return () => {
      for (const f of off) f();
      page.marks.stop();
      page.painter.dispose();
    };
  },
};

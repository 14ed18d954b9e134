// The keyboard path to every card: the list of the names marked on the page, opened by the shortcut or the popup
// (built when first opened). Enter on a name asks the cards feature for its card.
import type { Feature } from '../feature';
import { madeOnDemand } from '../made-on-demand';
import { createNameList } from '../name-list';

export const nameList: Feature = {
  name: 'name list',
  start(page) {
    let stopped = false;
    const list = madeOnDemand(async () => {
      const made = await createNameList(page.lifetime, (mark, button) => page.events.emit('openCard', { mark, returnFocus: button, avoid: () => list.now()?.rect() }));
      if (stopped) made.remove();
      return made;
    });
    const off = [
      page.events.on('settings', () => {
        if (!page.on()) list.now()?.close();
      }),
      page.events.on('marksChanged', () => list.now()?.refresh(page.marks.all)),
      page.answer('showNameList', async () => ({ count: (await list.get()).open(page.on() ? page.marks.all : []) })),
    ];
    return () => {
      stopped = true;
      for (const f of off) f();
      list.now()?.remove();
    };
  },
};

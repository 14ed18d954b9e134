// Marks never go without a word: when they go off for this site (the card's menu, the shortcut, the popup), and
// after a card's action, a short notice says so on the page (built when first needed).
import { withSite } from '@/lib/settings';
import { updateSettings } from '@/utils/settings-store';
import { t } from '@/utils/translate';
import type { Feature, Notice } from '../feature';
import { madeOnDemand } from '../made-on-demand';
import { createPageNotice } from '../page-notice';

export const pageNotices: Feature = {
  name: 'page notices',
  start(page) {
    let stopped = false;
    let wasOn = page.on();
    const notice = madeOnDemand(async () => {
      const made = await createPageNotice(page.lifetime);
      if (stopped) made.remove();
      return made;
    });
    const show = (n: Notice) =>
      void notice.get().then(
        (ui) => ui.show(n),
        (e: unknown) => console.warn('Sanctions Lens: the notice could not be shown', e),
      );
    const off = [
      page.events.on('notice', show),
      page.events.on('settings', () => {
        const on = page.on();
        if (wasOn && !on) {
          const everywhere = !page.settings().enabled;
          show({
            message: `${everywhere ? t('notice_everywhereOff') : t('notice_siteOff', page.hostname)} ${t('notice_how')}`,
            undo: everywhere
              ? undefined
              : () =>
                  void updateSettings((s) => withSite(s, page.hostname, true)).then(
                    (next) => page.setSettings(next),
                    (e: unknown) => console.warn('Sanctions Lens: could not turn the marks back on', e),
                  ),
          });
        } else if (!wasOn && on) notice.now()?.close();
        wasOn = on;
      }),
    ];
    return () => {
      stopped = true;
      for (const f of off) f();
      notice.now()?.remove();
    };
  },
};

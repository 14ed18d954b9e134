// The per-site and everywhere switch: the marks show or hide live when any part of the extension (popup, options,
// the shortcut) changes the stored settings; the shortcut and the popup's switch flip it for this site.
import { toggledForSite } from '@/lib/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings-store';
import type { Feature } from '../feature';
import { extensionAlive } from '../lifetime';

export const siteSwitch: Feature = {
  name: 'site switch',
  start(page) {
    let stopped = false;
    const unwatch = watchSettings((next) => page.setSettings(next));
    // Settings saved while the page was loading, before this watch began, are read once more.
    loadSettings().then(
      (next) => {
        if (!stopped) page.setSettings(next);
      },
      (e: unknown) => console.warn('Sanctions Lens: could not read the settings again', e),
    );
    const unanswer = page.answer('toggleSite', async () => {
      const next = await updateSettings((s) => toggledForSite(s, page.hostname));
      if (!stopped) page.setSettings(next);
      return { on: page.on() };
    });
    return () => {
      stopped = true;
      // An orphaned script's storage listener went with its extension, and the API throws when asked.
      if (extensionAlive()) unwatch();
      unanswer();
    };
  },
};

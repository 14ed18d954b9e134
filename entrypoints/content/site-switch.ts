// The per-site and everywhere switch: the marks show or hide live when any part of the extension (popup,
// options, the shortcut) changes the stored settings.
import { marksOn, toggledForSite, type Settings } from '@/lib/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings-store';

export interface SiteSwitch {
  settings: () => Settings;
  on: () => boolean;
  /** The shortcut and the popup's switch: flip the marks for this site; resolves to whether they now show. */
  toggle: () => Promise<boolean>;
  stop: () => void;
}

export async function watchSiteSwitch(hostname: string, onChange: (settings: Settings, on: boolean) => void): Promise<SiteSwitch> {
  let settings = await loadSettings();
  const stop = watchSettings((next) => {
    settings = next;
    onChange(next, marksOn(next, hostname));
  });
  return {
    settings: () => settings,
    on: () => marksOn(settings, hostname),
    async toggle() {
      settings = await updateSettings((s) => toggledForSite(s, hostname));
      return marksOn(settings, hostname);
    },
    stop,
  };
}

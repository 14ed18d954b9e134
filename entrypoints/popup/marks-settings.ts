// The popup's marks switches over the one stored copy of the reader's settings (lib/settings.ts, kept by
// utils/settings-store.ts), which the content script watches and applies live.
// Written against load/update functions so it can be tested without a browser.
import type { MarkSettings } from '@/components/MarksSwitches';
import { marksOn, siteKey, withNotThisPerson, withSite, type Settings } from '@/lib/settings';

export interface SettingsAccess {
  load(): Promise<Settings>;
  update(change: (s: Settings) => Settings): Promise<Settings>;
}

export function markSettings(store: SettingsAccess, site: string | null): MarkSettings {
  return {
    site,
    async load() {
      const s = await store.load();
      const key = site === null ? null : siteKey(site);
      return {
        everywhere: s.enabled,
        siteEnabled: site === null || marksOn({ ...s, enabled: true }, site),
        hidden: s.notThisPerson.filter((n) => n.site === key).map(({ id, name }) => ({ id, name })),
      };
    },
    async setEverywhere(on) {
      await store.update((s) => ({ ...s, enabled: on }));
    },
    async setSiteEnabled(on) {
      if (site === null) return;
      // A read-change-write, so a site switched in another popup meanwhile is kept.
      await store.update((s) => withSite(s, site, on));
    },
    async markAgain(id) {
      if (site === null) return;
      await store.update((s) => withNotThisPerson(s, site, { id, name: '' }, false));
    },
  };
}

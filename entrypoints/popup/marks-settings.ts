// The popup's marks switches, stored in the extension's local storage under two keys the content script reads:
//   settings.marksEnabled  boolean, marks on every site (absent: on)
//   settings.disabledSites string[], host names where marks are off
// Written against a minimal storage area so it can be tested without a browser.
import type { MarkSettings } from '@/components/MarksSwitches';
import { safeHref } from '@/components/SafeLink';

export const MARKS_ENABLED_KEY = 'settings.marksEnabled';
export const DISABLED_SITES_KEY = 'settings.disabledSites';

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function sites(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

export function markSettings(storage: StorageArea, site: string | null): MarkSettings {
  return {
    site,
    async load() {
      const stored = await storage.get([MARKS_ENABLED_KEY, DISABLED_SITES_KEY]);
      return {
        everywhere: stored[MARKS_ENABLED_KEY] !== false,
        siteEnabled: site === null || !sites(stored[DISABLED_SITES_KEY]).includes(site),
      };
    },
    async setEverywhere(on) {
      await storage.set({ [MARKS_ENABLED_KEY]: on });
    },
    async setSiteEnabled(on) {
      if (site === null) return;
      // Read just before writing, so a site switched in another popup meanwhile is kept.
      const current = sites((await storage.get([DISABLED_SITES_KEY]))[DISABLED_SITES_KEY]).filter((s) => s !== site);
      await storage.set({ [DISABLED_SITES_KEY]: on ? current : [...current, site] });
    },
  };
}

/** The host name of a web page's address; null for browser pages, files and anything not http(s). */
export function siteOf(url: string | undefined): string | null {
  const web = safeHref(url);
  return web ? new URL(web).hostname : null;
}

import { describe, expect, it } from 'vitest';
import { markSettings, type SettingsAccess } from '../../entrypoints/popup/marks-settings';
import { siteOf } from '../../utils/urls';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings';

function memoryStore(initial: Partial<Settings> = {}): SettingsAccess & { current: () => Settings } {
  let stored = parseSettings({ ...DEFAULT_SETTINGS, ...initial });
  return {
    current: () => stored,
    load: async () => stored,
    update: async (change) => (stored = parseSettings(change(stored))),
  };
}

describe('the popup marks switches', () => {
  it('are on everywhere and on each site by default', async () => {
    expect(await markSettings(memoryStore(), 'example.org').load()).toEqual({ everywhere: true, siteEnabled: true, hidden: [] });
  });

  it('turn the marks off everywhere in the shared settings', async () => {
    const store = memoryStore();
    await markSettings(store, null).setEverywhere(false);
    expect(store.current().enabled).toBe(false);
    expect((await markSettings(store, 'example.org').load()).everywhere).toBe(false);
  });

  it('add and remove the site in the list of disabled host names, keeping the others', async () => {
    const store = memoryStore({ disabledSites: ['other.net'] });
    const settings = markSettings(store, 'news.example.org');
    await settings.setSiteEnabled(false);
    expect(store.current().disabledSites).toEqual(['other.net', 'news.example.org']);
    expect((await settings.load()).siteEnabled).toBe(false);
    await settings.setSiteEnabled(false);
    expect(store.current().disabledSites).toEqual(['other.net', 'news.example.org']);
    await settings.setSiteEnabled(true);
    expect(store.current().disabledSites).toEqual(['other.net']);
  });

  it('keep the site switch apart from the everywhere switch', async () => {
    const store = memoryStore({ enabled: false });
    expect(await markSettings(store, 'example.org').load()).toEqual({ everywhere: false, siteEnabled: true, hidden: [] });
  });

  it('list the entities taken off this site by "Not this person", and mark one again', async () => {
    const store = memoryStore({
      notThisPerson: [
        { site: 'sports.example.org', id: 'ofac-7221', name: 'GONZALEZ QUIRARTE, Eduardo' },
        { site: 'other.net', id: 'ofac-1', name: 'ELSEWHERE' },
      ],
    });
    const settings = markSettings(store, 'sports.example.org');
    expect((await settings.load()).hidden).toEqual([{ id: 'ofac-7221', name: 'GONZALEZ QUIRARTE, Eduardo' }]);
    await settings.markAgain('ofac-7221');
    expect((await settings.load()).hidden).toEqual([]);
    expect(store.current().notThisPerson).toEqual([{ site: 'other.net', id: 'ofac-1', name: 'ELSEWHERE' }]);
  });

  it('know a site only for web pages', () => {
    expect(siteOf('https://www.example.org/a?b')).toBe('www.example.org');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

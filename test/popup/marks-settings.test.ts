import { describe, expect, it } from 'vitest';
import { DISABLED_SITES_KEY, MARKS_ENABLED_KEY, markSettings, siteOf, type StorageArea } from '../../entrypoints/popup/marks-settings';

function memoryStorage(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('the popup marks switches in storage', () => {
  it('are on everywhere and on each site when nothing is stored', async () => {
    expect(await markSettings(memoryStorage(), 'example.org').load()).toEqual({ everywhere: true, siteEnabled: true });
  });

  it('store the everywhere switch as a boolean', async () => {
    const storage = memoryStorage();
    await markSettings(storage, null).setEverywhere(false);
    expect(storage.data[MARKS_ENABLED_KEY]).toBe(false);
    expect((await markSettings(storage, 'example.org').load()).everywhere).toBe(false);
  });

  it('add and remove the site in the list of disabled host names, keeping the others', async () => {
    const storage = memoryStorage({ [DISABLED_SITES_KEY]: ['other.net'] });
    const settings = markSettings(storage, 'news.example.org');
    await settings.setSiteEnabled(false);
    expect(storage.data[DISABLED_SITES_KEY]).toEqual(['other.net', 'news.example.org']);
    expect((await settings.load()).siteEnabled).toBe(false);
    await settings.setSiteEnabled(false);
    expect(storage.data[DISABLED_SITES_KEY]).toEqual(['other.net', 'news.example.org']);
    await settings.setSiteEnabled(true);
    expect(storage.data[DISABLED_SITES_KEY]).toEqual(['other.net']);
  });

  it('know a site only for web pages', () => {
    expect(siteOf('https://www.example.org/a?b')).toBe('www.example.org');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

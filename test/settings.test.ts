import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, marksOn, parseSettings, toggledForSite, withSite } from '../lib/settings';

describe('parseSettings', () => {
  it('returns the defaults for nothing stored or something that is not settings', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('on')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces bad ones field by field', () => {
    const s = parseSettings({ enabled: false, styles: { sanctioned: 'hidden', delisted: 'blink' }, dwellMs: 99_999, graceMs: 'x', disabledSites: ['News.Example.COM', 42, 'bad host/'] });
    expect(s.enabled).toBe(false);
    expect(s.styles.sanctioned).toBe('hidden');
    expect(s.styles.delisted).toBe(DEFAULT_SETTINGS.styles.delisted);
    expect(s.dwellMs).toBe(3000);
    expect(s.graceMs).toBe(DEFAULT_SETTINGS.graceMs);
    expect(s.disabledSites).toEqual(['news.example.com']);
  });
});

describe('the per-site and everywhere switches', () => {
  it('turns the marks off for one site only', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example.com', false);
    expect(marksOn(off, 'NEWS.example.com')).toBe(false);
    expect(marksOn(off, 'other.example.com')).toBe(true);
    expect(marksOn(withSite(off, 'news.example.com', true), 'news.example.com')).toBe(true);
  });

  it('the everywhere switch wins over the site list', () => {
    expect(marksOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example.com')).toBe(false);
  });

  it('the shortcut flips the current site, and turns marks back on when they were off everywhere', () => {
    const once = toggledForSite(DEFAULT_SETTINGS, 'a.example');
    expect(marksOn(once, 'a.example')).toBe(false);
    expect(marksOn(toggledForSite(once, 'a.example'), 'a.example')).toBe(true);
    const everywhereOff = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.example'] };
    expect(marksOn(toggledForSite(everywhereOff, 'a.example'), 'a.example')).toBe(true);
  });
});

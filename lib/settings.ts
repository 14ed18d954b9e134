// The reader's settings: types, defaults and validation. Pure: the storage wrapper lives in
// entrypoints/content/settings-store.ts, and every reader of stored settings passes them through parseSettings.
import type { MentionStatus } from './match/mention';

/** How marks of one status are drawn: an underline, a tinted background (with the underline), or not at all. */
export type MarkStyle = 'underline' | 'background' | 'hidden';

export const MARK_STYLES: readonly MarkStyle[] = ['underline', 'background', 'hidden'];

export interface Settings {
  /** The everywhere switch: false turns the marks off on every site. */
  enabled: boolean;
  /** Hostnames (lower case, no port) where the reader turned the marks off. */
  disabledSites: string[];
  styles: Record<MentionStatus, MarkStyle>;
  /** How long the pointer rests on a name before its card opens. */
  dwellMs: number;
  /** How long a card stays after the pointer leaves the name and the card. */
  graceMs: number;
  /**
   * Draw marks as boxes in the extension's own layer instead of CSS highlights (used anyway where the browser
   * lacks the Highlight API, e.g. Firefox before 140). Read when a page loads.
   */
  boxes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  styles: { sanctioned: 'background', delisted: 'background', 'not-sanctioned': 'underline', possible: 'underline' },
  dwellMs: 300,
  graceMs: 300,
  boxes: false,
};

const DELAY_RANGE = { min: 0, max: 3000 };
const MAX_SITES = 5000;

function delay(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.min(DELAY_RANGE.max, Math.max(DELAY_RANGE.min, value))) : fallback;
}

/** A hostname as the site list stores it, or null for something that is not one. */
export function siteKey(hostname: string): string | null {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(h) || /^\[[0-9a-f:.]+\]$/.test(h) ? h : null;
}

/** Settings from anything stored (older versions, hand edits, another extension version): unknown or bad fields fall back to the defaults. */
export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return structuredClone(DEFAULT_SETTINGS);
  const v = value as Partial<Record<keyof Settings, unknown>>;
  const styles = { ...DEFAULT_SETTINGS.styles };
  if (typeof v.styles === 'object' && v.styles !== null) {
    for (const status of Object.keys(styles) as MentionStatus[]) {
      const s = (v.styles as Record<string, unknown>)[status];
      if (typeof s === 'string' && (MARK_STYLES as readonly string[]).includes(s)) styles[status] = s as MarkStyle;
    }
  }
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites.flatMap((s) => (typeof s === 'string' ? [siteKey(s)] : [])).filter((s): s is string => s !== null) : [];
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)].slice(0, MAX_SITES),
    styles,
    dwellMs: delay(v.dwellMs, DEFAULT_SETTINGS.dwellMs),
    graceMs: delay(v.graceMs, DEFAULT_SETTINGS.graceMs),
    boxes: typeof v.boxes === 'boolean' ? v.boxes : DEFAULT_SETTINGS.boxes,
  };
}

/** Whether marks show on a site: on everywhere and not turned off for this hostname. */
export function marksOn(settings: Settings, hostname: string): boolean {
  const site = siteKey(hostname);
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

/** The settings with the marks turned on or off for one site. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const site = siteKey(hostname);
  if (site === null) return settings;
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site] };
}

/**
 * What the keyboard shortcut does on a site: when marks show there, turn them off for the site; when they are off
 * for the site, back on; when they are off everywhere, on everywhere and for this site.
 */
export function toggledForSite(settings: Settings, hostname: string): Settings {
  if (!settings.enabled) return withSite({ ...settings, enabled: true }, hostname, true);
  return withSite(settings, hostname, !marksOn(settings, hostname));
}

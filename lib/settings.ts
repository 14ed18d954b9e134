// The reader's settings: types, defaults and validation. Pure: the storage wrapper lives in
// entrypoints/content/settings-store.ts, and every reader of stored settings passes them through parseSettings.
import * as v from 'valibot';
import { MENTION_STATUSES, type MentionStatus } from './match/mention';

/** How marks of one status are drawn: an underline, a tinted background (with the underline), or not at all. */
export const MARK_STYLES = ['underline', 'background', 'hidden'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

const DEFAULT_STYLES: Record<MentionStatus, MarkStyle> = { sanctioned: 'background', delisted: 'background', 'not-sanctioned': 'underline', possible: 'underline' };
const DELAY_RANGE = { min: 0, max: 3000 };
const MAX_SITES = 5000;

/** A hostname as the site list stores it, or null for something that is not one. */
export function siteKey(hostname: string): string | null {
  const h = hostname.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(h) || /^\[[0-9a-f:.]+\]$/.test(h) ? h : null;
}

const NotThisPersonSchema = v.object({ site: v.string(), id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)), name: v.pipe(v.string(), v.maxLength(500)) });
export type NotThisPerson = v.InferOutput<typeof NotThisPersonSchema>;

// Stored settings may come from an older version, a hand edit or another extension version: every field that is
// missing or bad falls back to its default on its own, so one bad field never costs the reader the others.
const delay = (fallback: number) =>
  v.fallback(v.pipe(v.number(), v.finite(), v.transform((ms) => Math.round(Math.min(DELAY_RANGE.max, Math.max(DELAY_RANGE.min, ms))))), fallback);

const styles = Object.fromEntries(MENTION_STATUSES.map((status) => [status, v.fallback(v.picklist(MARK_STYLES), DEFAULT_STYLES[status])])) as {
  [S in MentionStatus]: v.SchemaWithFallback<v.PicklistSchema<typeof MARK_STYLES, undefined>, MarkStyle>;
};

const SettingsFields = v.object({
  /** The everywhere switch: false turns the marks off on every site. */
  enabled: v.fallback(v.boolean(), true),
  /** Hostnames (lower case, no port) where the reader turned the marks off. */
  disabledSites: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((sites) => [...new Set(sites.flatMap((s) => (typeof s === 'string' ? [siteKey(s)] : [])).filter((s): s is string => s !== null))].slice(0, MAX_SITES)),
    ),
    () => [],
  ),
  styles: v.fallback(v.object(styles), () => ({ ...DEFAULT_STYLES })),
  /** How long the pointer rests on a name before its card opens. */
  dwellMs: delay(300),
  /** How long a card stays after the pointer leaves the name and the card. */
  graceMs: delay(300),
  /**
   * Draw marks as boxes in the extension's own layer instead of CSS highlights (used anyway where the browser
   * lacks the Highlight API, e.g. Firefox before 140). Read when a page loads.
   */
  boxes: v.fallback(v.boolean(), false),

  // Reader UX (#20): the reader's own corrections, made from a card.
  /**
   * "Not this person": entities whose marks the reader took off one site (hostname as the site list stores it), with
   * the name the card showed, so that the popup can list them and undo. Entity ids survive dataset updates.
   */
  notThisPerson: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((items) => {
        const seen = new Set<string>();
        const out: NotThisPerson[] = [];
        for (const item of items) {
          const r = v.safeParse(NotThisPersonSchema, item);
          const site = r.success ? siteKey(r.output.site) : null;
          if (!r.success || site === null || seen.has(`${site} ${r.output.id}`)) continue;
          seen.add(`${site} ${r.output.id}`);
          out.push({ ...r.output, site });
        }
        return out.slice(-MAX_SITES);
      }),
    ),
    () => [],
  ),

  /**
   * Private mode: marks drawn as boxes in a closed shadow layer of ours and cards in closed shadow roots, so the
   * page's scripts cannot read which names were flagged (CSS.highlights and open roots are theirs to read). Costs
   * the highlights' look and the page's own tools' view of the card. Read when a page loads.
   */
  privateMode: v.fallback(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsFields>;

/** Every field at its fallback. */
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsFields, {});

const SettingsSchema = v.fallback(SettingsFields, () => structuredClone(DEFAULT_SETTINGS));

/** Settings from anything stored (older versions, hand edits, another extension version): unknown or bad fields fall back to the defaults. */
export function parseSettings(value: unknown): Settings {
  return v.parse(SettingsSchema, value);
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

/** The ids of the entities the reader said are not the person meant, on this site. */
export function notThisPersonOn(settings: Settings, hostname: string): Set<string> {
  const site = siteKey(hostname);
  return new Set(settings.notThisPerson.filter((n) => n.site === site).map((n) => n.id));
}

/** The settings with an entity's marks taken off one site ("Not this person"), or put back (`hidden` false). */
export function withNotThisPerson(settings: Settings, hostname: string, entity: { id: string; name: string }, hidden: boolean): Settings {
  const site = siteKey(hostname);
  if (site === null) return settings;
  const others = settings.notThisPerson.filter((n) => !(n.site === site && n.id === entity.id));
  return { ...settings, notThisPerson: hidden ? [...others, { site, id: entity.id, name: entity.name }] : others };
}

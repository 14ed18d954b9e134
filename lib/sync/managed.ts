// Settings an organisation sets for the extension through the browser's managed storage (Chrome's policy
// `3rdparty.extensions.<id>`, Firefox's policies.json "3rdparty" or managed storage manifest), and how they stand over
// the reader's own. Pure: entrypoints/background/managed.ts reads browser.storage.managed and passes it here.
import * as v from 'valibot';
import { datasetUrlProblem } from './origin';
import { PUBLISHER_IDS, type PublisherId } from './publishers/ids';
import type { PublisherSettings } from './publishers/status';
import { clampInterval } from './schedule';
import type { SyncSettings } from './status';

/** What an organisation may set; every field is optional, and one it leaves out stays the reader's. */
export interface ManagedSettings {
  /** The mirror's manifest address; '' turns the mirror off. */
  datasetUrl?: string;
  checkIntervalHours?: number;
  /** Updates from the lists' publishers on or off. */
  publisherUpdates?: boolean;
  /** Each publisher's list on or off. */
  publisherSources?: Partial<Record<PublisherId, boolean>>;
}

// A policy is typed by hand into a JSON file or the registry: a field that is bad is left out on its own (and so
// stays the reader's), and the rest still apply.
const dropped = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

const Schema = v.fallback(
  v.object({
    datasetUrl: dropped(v.pipe(v.string(), v.trim(), v.check((url) => url === '' || datasetUrlProblem(url) === null))),
    checkIntervalHours: dropped(v.pipe(v.number(), v.finite(), v.transform(clampInterval))),
    publisherUpdates: dropped(v.boolean()),
    publisherSources: dropped(
      v.pipe(
        v.record(v.string(), v.unknown()),
        v.transform((sources) => Object.fromEntries(PUBLISHER_IDS.flatMap((id) => (typeof sources[id] === 'boolean' ? [[id, sources[id]]] : [])))),
      ),
    ),
  }),
  () => ({}),
);

/** The managed settings from what browser.storage.managed.get() gave: bad or unknown fields left out. */
export function parseManaged(value: unknown): ManagedSettings {
  const parsed = v.parse(Schema, value);
  const out: ManagedSettings = {};
  if (parsed.datasetUrl !== undefined) out.datasetUrl = parsed.datasetUrl;
  if (parsed.checkIntervalHours !== undefined) out.checkIntervalHours = parsed.checkIntervalHours;
  if (parsed.publisherUpdates !== undefined) out.publisherUpdates = parsed.publisherUpdates;
  if (parsed.publisherSources && Object.keys(parsed.publisherSources).length > 0) out.publisherSources = parsed.publisherSources;
  return out;
}

/** Whether the organisation sets anything at all. */
export function isManaged(managed: ManagedSettings): boolean {
  return Object.keys(managed).length > 0;
}

/** The Dataset URL and interval in force: the organisation's where it set them, the reader's elsewhere. */
export function withManagedSync(reader: SyncSettings, managed: ManagedSettings): SyncSettings {
  return { url: managed.datasetUrl ?? reader.url, intervalHours: managed.checkIntervalHours ?? reader.intervalHours };
}

/** The publishers' settings in force: updates on or off and each source, the organisation's where it set them. */
export function withManagedPublishers(reader: PublisherSettings, managed: ManagedSettings): PublisherSettings {
  return {
    ...reader,
    on: managed.publisherUpdates ?? reader.on,
    sources: { ...reader.sources, ...managed.publisherSources },
  };
}

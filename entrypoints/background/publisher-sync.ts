// Wires the publishers' engine (lib/sync/publishers/engine.ts) to the browser: host permissions, the daily alarm,
// start-up. Nothing is fetched until the reader turns updates on, and only from the hosts they granted.
import { browser } from 'wxt/browser';
import curatedJson from '@/lib/dataset/curated.json';
import { parseCurated } from '@/lib/dataset/curated';
import { originPattern } from '@/lib/sync/origin';
import { createPublisherEngine, type PublisherEngineDeps } from '@/lib/sync/publishers/engine';
import { hostPatterns, PUBLISHER_IDS, PUBLISHER_SOURCES, type PublisherId } from '@/lib/sync/publishers/sources';
import type { PublisherCheckResult, PublisherSettings, PublisherStatus } from '@/lib/sync/publishers/status';
import { storage } from './dexie-storage';
import { engine, workerDeps } from './sync';

const ALARM = 'publishers-check';
/** About once a day: the publishers publish at most daily. */
const INTERVAL_HOURS = 24;

const publishers = createPublisherEngine(storage, engine);
const curatedRows = parseCurated(JSON.stringify(curatedJson), 'lib/dataset/curated.json').records;

let bundled: Promise<string | null> | undefined;

/** The shipped dataset's version (its manifest in the package), read once: a mirror's dataset is worded as such. */
function bundledVersion(): Promise<string | null> {
  bundled ??= fetch(browser.runtime.getURL('/dataset/manifest.json'))
    .then((r) => r.json() as Promise<{ version?: unknown }>)
    .then((m) => (typeof m.version === 'string' ? m.version : null))
    .catch(() => {
      bundled = undefined;
      return null;
    });
  return bundled;
}

function deps(): PublisherEngineDeps {
  const base = workerDeps();
  return {
    ...base,
    // The EU file is generated on request and can take over a minute before its first byte.
    timeoutMs: 120_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    allowed: async (hosts) => {
      const { testOrigin, testRedirectOrigin } = await publishers.settings();
      // Match patterns carry no port (originPattern): "http://127.0.0.1:8080/*" is never contained in a grant.
      const origins = testOrigin ? [testOrigin, testRedirectOrigin].filter((o): o is string => !!o).map(originPattern) : hosts.map((h) => `https://${h}/*`);
      return browser.permissions.contains({ origins });
    },
    curatedRows,
    bundledVersion,
  };
}

async function schedule(): Promise<number | null> {
  const next = await publishers.nextCheckAt(INTERVAL_HOURS);
  if (next === null) {
    await browser.alarms.clear(ALARM);
    return null;
  }
  const when = Math.max(next, Date.now() + 1000);
  await browser.alarms.create(ALARM, { when });
  return when;
}

export async function checkPublishers(options: { manual?: boolean; confirm?: PublisherId } = {}): Promise<PublisherCheckResult> {
  try {
    return await publishers.check(deps(), options);
  } finally {
    await schedule();
  }
}

export async function publisherStatus(): Promise<PublisherStatus> {
  const [settings, states] = await Promise.all([publishers.settings(), publishers.states()]);
  const next = await publishers.nextCheckAt(INTERVAL_HOURS);
  return {
    settings,
    sources: states.map((s) => ({ ...s, label: PUBLISHER_SOURCES[s.id].label, enabled: settings.sources[s.id], hosts: PUBLISHER_SOURCES[s.id].hosts })),
    running: publishers.running(),
    nextCheckAt: next === null ? null : new Date(next).toISOString(),
  };
}

/** The reader's choice, after the options page or popup asked for the hosts within the click. */
export async function setPublisherSettings(settings: PublisherSettings): Promise<{ ok: true } | { ok: false; error: string }> {
  const wanted = PUBLISHER_IDS.filter((id) => settings.sources[id]);
  if (settings.on && !settings.testOrigin && !(await browser.permissions.contains({ origins: hostPatterns(wanted) }))) {
    return { ok: false, error: 'The browser did not grant access to the publishers’ sites, so updates stay off.' };
  }
  const before = await publishers.settings();
  await publishers.setSettings(settings);
  if (settings.on && (!before.on || wanted.some((id) => !before.sources[id]))) void checkPublishers({ manual: true });
  else await schedule();
  return { ok: true };
}

/** At each worker start: the alarm, and a check when one is overdue. */
export function startPublisherSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void checkPublishers();
  });
  void (async () => {
    const next = await publishers.nextCheckAt(INTERVAL_HOURS);
    if (next !== null && next <= Date.now()) return void (await checkPublishers());
    await schedule();
  })().catch((e: unknown) => console.error('Sanctions Lens: the publishers’ check could not start:', e));
}

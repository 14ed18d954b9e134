// A steady stream of lookups, as pages and the popup send them while a check runs: one every `everyMs`, alternating a
// page-text scan and a popup search, each sent on time whether or not the one before has been answered. A lookup
// loop that waits for each answer sends few lookups while the worker is busy, so its p95 was the maximum of 8–14
// samples; a steady stream puts many lookups in the worker's long stretches, as readers' pages would.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { sendFrom } from './extension-pages';

export interface LookupStream {
  /** Milliseconds of each page-text scan and each popup search, from send to answer. */
  scan: number[];
  search: number[];
  /** Ends the stream and waits for the lookups still under way. */
  stop: () => Promise<void>;
}

/** Starts the stream from an extension page; `each` runs beside it on the same beat (a heap reading, say). */
export function streamLookups(page: Page, text: string, everyMs: number, each?: () => Promise<void>): LookupStream {
  const scan: number[] = [];
  const search: number[] = [];
  const pending = new Set<Promise<unknown>>();
  let n = 0;
  let eachBusy = false;
  const timer = setInterval(() => {
    const isScan = n++ % 2 === 0;
    const t = performance.now();
    const sent = isScan ? sendFrom(page, 'scan', { texts: [text] }) : sendFrom(page, 'find', { query: 'maduro', filters: {}, limit: 50 });
    // A lookup that fails still counts its time.
    const done = sent.catch(() => undefined).then(() => void (isScan ? scan : search).push(performance.now() - t));
    pending.add(done);
    void done.then(() => pending.delete(done));
    if (each && !eachBusy) {
      eachBusy = true;
      void each().finally(() => (eachBusy = false));
    }
  }, everyMs);
  return {
    scan,
    search,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
    },
  };
}

/** The machine's load, as `uptime` prints it: "load 1.52 1.31 1.10 (1, 5, 15 min)". */
export function machineLoad(): string {
  return `load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)`;
}

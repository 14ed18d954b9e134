// What the Firefox e2e files (firefox.e2e.ts, firefox-publishers.e2e.ts) do in an extension page over Marionette:
// wait until a read gives what they expect, and send the background a message as the page itself sends it.
import type { Marionette } from '../../scripts/marionette';

/** Reads until `ok` holds, every `everyMs`; after `timeoutMs`, fails saying what it last read. */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | Error | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      last = e as Error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: still ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A message to the background from the extension page Firefox has open, as the page itself sends it. */
export function sendFromPage<T>(firefox: Marionette, type: string, payload: unknown): Promise<T> {
  return firefox.executeAsync<T>(
    `const done = arguments[arguments.length - 1];
     browser.runtime.sendMessage({ type: arguments[0], payload: arguments[1] }).then(done, (e) => done({ thrown: String(e) }));`,
    type,
    payload,
  );
}

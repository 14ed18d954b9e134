// OFAC's CSV files carry no date of their own. The publisher's date of the publication is the <Publish_Date> of its
// XML export (SDN.XML, 29 MB, for the SDN list; CONSOLIDATED.XML, in the same format, for the non-SDN list), in the
// first few hundred bytes of the file: only its head is read, with
// a Range request, and the download is stopped once the date is in. When it cannot be had, the check goes on with the
// server's Last-Modified of the CSV, and the source says the date is the file's, not the publisher's.
import { sdnPublishDate } from '../../sources/ofac-sdn-xml';
import { fetchOrFail, type HttpDeps } from '../download';
import { SyncError } from '../errors';
import { publisherUrl, type PublisherFile } from './sources';

/** How much of the file's head is asked for; <publshInformation> ends within the first 400 bytes. */
export const HEAD_RANGE = 'bytes=0-4095';

/**
 * The ISO day of the publication from the head of `file`, or null when it cannot be had (an HTTP error, a head
 * without a readable Publish_Date): the caller falls back to the server's date, and says so.
 */
export async function readPublishDate(file: PublisherFile, deps: HttpDeps & { testOrigin?: string }, allow: (url: string) => boolean): Promise<string | null> {
  let controller: AbortController | undefined;
  try {
    const answer = await fetchOrFail(publisherUrl(file.url, deps.testOrigin), { headers: { Range: HEAD_RANGE } }, deps, allow);
    controller = answer.controller;
    const body = answer.response.body;
    if (!body) return null;
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let head = '';
    let bytes = 0;
    // A server that ignores Range sends the whole file: reading stops at the date, or at the limit.
    while (bytes <= file.maxBytes) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SyncError('timeout', `no data for ${deps.timeoutMs} ms`)), deps.timeoutMs);
      });
      const next = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer));
      if (next.done) break;
      bytes += next.value.byteLength;
      head += decoder.decode(next.value, { stream: true });
      const m = /<Publish_Date>([^<]*)<\/Publish_Date>/.exec(head);
      if (m) return sdnPublishDate(m[1]) ?? null;
      if (/<sdnEntry[\s>]/.test(head)) return null;
    }
    return null;
  } catch (e) {
    if (e instanceof SyncError || (e instanceof Error && e.name === 'AbortError') || e instanceof TypeError) return null;
    throw e;
  } finally {
    controller?.abort();
  }
}

// OFAC publishes, beside its full files, one change file per publication. When the installed SDN list is a
// publication OFAC's history names, and every publication after it has its change file, the check downloads those
// (a few kilobytes a day) instead of the full files (some 10 MB), applies them in order to the installed rows and
// builds the list from the rows as from the full files. Anything else (the installed list not in the history, two
// publications on its day, a change file missing, broken, dated otherwise than the history says, or not fitting the
// rows) makes the check read the full files, as it always could: the change files are an optimisation only.
//
// The addresses and the history's shape rest on public code that reads the real service (REFERENCES.md, "Official
// sources"): `/changes/history/{year}` answers a JSON array of { publicationID, datePublished }, and
// `/changes/{publicationID}` that publication's change file (lib/sources/ofac-delta-xml.ts).
import * as v from 'valibot';
import { applyOfacDelta, OfacDeltaError } from '../../dataset/ofac-delta';
import type { OfacSet } from '../../dataset/ofac';
import { XmlError } from '../../dataset/xml';
import { OfacDeltaReader } from '../../sources/ofac-delta-xml';
import { nextTurn } from '../../stepwise';
import { fetchOrFail, readBody, type HttpDeps } from '../download';
import { SyncError } from '../errors';
import { publisherUrl, type PublisherSource } from './sources';
import type { SourceState } from './status';

/** One publication in OFAC's history. */
export interface OfacPublicationRef {
  id: string;
  /** Its own day (ISO), as OFAC wrote it. */
  day: string;
}

/** The rows of the installed publication, read from storage only when change files are to be applied to them. */
export interface InstalledRows {
  publishedAt: string;
  load: () => Promise<OfacSet>;
}

export type ChangesOutcome =
  | { kind: 'unchanged'; reason: string }
  | { kind: 'fetched'; rows: OfacSet; day: string; bytes: number; publications: OfacPublicationRef[] }
  /** The full files must be read; `reason` says why, for the source's line ('' on a first check). */
  | { kind: 'full'; reason: string };

/** The most years of history asked for, and the most change files applied in one check: beyond, the full files. */
export const MAX_HISTORY_YEARS = 10;
export const MAX_CHANGE_FILES = 40;
const HISTORY_BYTES = 1 << 20;

const HistorySchema = v.array(
  v.looseObject({
    publicationID: v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d+$/))]),
    datePublished: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/)),
  }),
);

/** The publications of a history answer, in order; throws SyncError('format') when it is not one. */
export function parseHistory(text: string): OfacPublicationRef[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SyncError('invalid-json', 'the publication history is not JSON');
  }
  const parsed = v.safeParse(HistorySchema, json);
  if (!parsed.success) throw new SyncError('invalid-json', `the publication history is not a list of publications: ${parsed.issues[0].message}`);
  return parsed.output.map((p) => ({ id: String(p.publicationID), day: p.datePublished.slice(0, 10) }));
}

/**
 * Which change files bring a list of `installedDay` up to date, from the publisher's history: none (it is the
 * latest), the publications after it, or null when the history does not tell (the day absent or not alone).
 */
export function changesAfter(history: OfacPublicationRef[], installedDay: string): OfacPublicationRef[] | null {
  const sorted = [...history].sort((a, b) => a.day.localeCompare(b.day) || Number(a.id) - Number(b.id));
  const at = sorted.filter((p) => p.day === installedDay);
  if (at.length !== 1) return null;
  return sorted.slice(sorted.indexOf(at[0]) + 1);
}

// 16 KB of XML is a few ms of parsing on a loaded machine (as fetch-publication.ts slices the full files).
const PARSE_SLICE = 1 << 14;

/** A file's text, handed to `onText` in slices of 16 KB with a turn of the event loop between (pages are answered). */
async function readText(url: string, maxBytes: number, deps: HttpDeps, allow: (u: string) => boolean, onText: (text: string) => void): Promise<number> {
  const { response, controller } = await fetchOrFail(url, {}, deps, allow);
  const decoder = new TextDecoder();
  const bytes = await readBody(response, controller, maxBytes, async (piece) => {
    for (let at = 0; at < piece.byteLength; at += PARSE_SLICE) {
      if (at > 0) await nextTurn();
      onText(decoder.decode(piece.subarray(at, at + PARSE_SLICE), { stream: true }));
    }
  }, deps);
  onText(decoder.decode());
  return bytes;
}

/**
 * The installed OFAC SDN list brought up to date through the change files, or what to do instead. Network and HTTP
 * failures of the change files are not the list's failures: the full files are read, and fail on their own if the
 * server is down.
 */
export async function fetchOfacChanges(
  source: PublisherSource,
  state: SourceState,
  installed: InstalledRows | undefined,
  deps: HttpDeps & { now: () => number; testOrigin?: string },
  allow: (url: string) => boolean,
): Promise<ChangesOutcome> {
  const changes = source.changes;
  // No reason to tell: the full files are simply how a first check of a list goes.
  if (!changes) return { kind: 'full', reason: '' };
  if (!installed || state.dated !== 'publisher' || !state.publishedAt || installed.publishedAt !== state.publishedAt) return { kind: 'full', reason: '' };
  const installedDay = state.publishedAt.slice(0, 10);
  const from = Number(installedDay.slice(0, 4));
  const to = new Date(deps.now()).getUTCFullYear();
  if (to - from + 1 > MAX_HISTORY_YEARS) return { kind: 'full', reason: `the list in use is more than ${MAX_HISTORY_YEARS} years old` };
  try {
    let bytes = 0;
    const history: OfacPublicationRef[] = [];
    for (let year = from; year <= to; year++) {
      const parts: string[] = [];
      bytes += await readText(publisherUrl(changes.history.replace('{year}', String(year)), deps.testOrigin), HISTORY_BYTES, deps, allow, (text) => void parts.push(text));
      history.push(...parseHistory(parts.join('')));
    }
    const after = changesAfter(history, installedDay);
    if (after === null) return { kind: 'full', reason: `the publisher's history does not list the installed publication of ${installedDay} alone` };
    if (after.length === 0) return { kind: 'unchanged', reason: 'no publication since the one in use' };
    if (after.length > MAX_CHANGE_FILES) return { kind: 'full', reason: `${after.length} publications since the one in use` };

    let rows = await installed.load();
    for (const p of after) {
      const reader = new OfacDeltaReader(`${p.day}_delta.xml`);
      const entities: ReturnType<OfacDeltaReader['write']> = [];
      bytes += await readText(publisherUrl(changes.file.replace('{id}', encodeURIComponent(p.id)), deps.testOrigin), changes.maxBytes, deps, allow, (text) => {
        entities.push(...reader.write(text));
      });
      entities.push(...reader.close());
      if (reader.problems.length) return { kind: 'full', reason: `the change file of ${p.day} could not be applied: ${reader.problems[0].message}` };
      if (reader.publication.day !== p.day) return { kind: 'full', reason: `the change file of publication ${p.id} is dated ${reader.publication.day}, not ${p.day} as the history says` };
      rows = applyOfacDelta(rows, entities);
    }
    return { kind: 'fetched', rows, day: after[after.length - 1].day, bytes, publications: after };
  } catch (e) {
    if (e instanceof SyncError || e instanceof XmlError || e instanceof OfacDeltaError) return { kind: 'full', reason: `the change files could not be used (${e.message})` };
    throw e;
  }
}

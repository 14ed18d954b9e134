// The SDN list's history from snapshots: the record-level change log between consecutive sdn.csv scrapes
// (2021-05-22 .. 2024-07-02) and a comparison of older full snapshots. OFAC's legacy files carry no dates, so
// every event here is bounded by two snapshot times (`precision: 'between'`) and never presented as a day.

import { EVENT_FIELDS, type Entity, type EntityEvent } from './format';
import { OFAC_AUTHORITY, OFAC_SDN_LIST, ofacDetailsUrl, parseSdnLine, type SdnRow } from './ofac';
import type { OfacEntryDate } from './ofac-advanced';
import type { ImportProblem, ImportResult } from './problems';
import { isObject } from './validate';

export type ChangeOp = 'ADD' | 'DEL' | 'MOD';

/** One line of the change log: the entry as it is in `snapshot` (`row`) and as it was in `prevSnapshot`. */
export interface SdnChange {
  snapshot: string;
  prevSnapshot: string;
  /** Where the newer snapshot came from, e.g. a git-scrape commit URL. */
  sourceUrl?: string;
  /** The two snapshots side by side (a git-scrape's compare page): what shows the change itself. */
  compareUrl?: string;
  op: ChangeOp;
  entNum: string;
  /** The raw sdn.csv line after the change (ADD, MOD) or before it (DEL). */
  lineText: string;
  prevLineText?: string;
  row: SdnRow;
  prevRow?: SdnRow;
}

/** `2021-12-02T01:41:59+00:00` → `2021-12-02T01:41:59Z`; a bare day stays a day. */
export function snapshotTime(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

/** A git-scrape's source, `markschaver/SDN@<sha>:data.csv`: its repository, commit and path. */
function scrapeSource(source: string): { repo: string; sha: string; path: string } | undefined {
  const m = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):(.+)$/.exec(source);
  return m ? { repo: m[1], sha: m[2], path: m[3] } : undefined;
}

/** `markschaver/SDN@<sha>:data.csv` → the file at that commit on GitHub. */
export function scrapeSourceUrl(source: string): string | undefined {
  const s = scrapeSource(source);
  return s ? `https://github.com/${s.repo}/blob/${s.sha}/${s.path}` : undefined;
}

/**
 * `markschaver/SDN@<a>:data.csv` and `markschaver/SDN@<b>:data.csv` → GitHub's comparison of the two commits, which
 * shows the entry's line added, changed or removed between them; undefined for files of two repositories or paths.
 */
export function scrapeCompareUrl(older: string, newer: string): string | undefined {
  const a = scrapeSource(older);
  const b = scrapeSource(newer);
  return a && b && a.repo === b.repo && a.path === b.path ? `https://github.com/${b.repo}/compare/${a.sha}...${b.sha}` : undefined;
}

export function parseChangeLine(text: string, file: string, line: number): SdnChange | ImportProblem {
  const fail = (message: string): ImportProblem => ({ file, line, message });
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return fail('not JSON');
  }
  if (!isObject(v)) return fail('not an object');
  const op = v.op;
  if (op !== 'ADD' && op !== 'DEL' && op !== 'MOD') return fail(`unknown op ${JSON.stringify(op)}`);
  const snapshot = typeof v.snapshot === 'string' ? snapshotTime(v.snapshot) : undefined;
  const prevSnapshot = typeof v.prev_snapshot === 'string' ? snapshotTime(v.prev_snapshot) : undefined;
  if (!snapshot || !prevSnapshot) return fail('snapshot and prev_snapshot must be times');
  const entNum = typeof v.ent_num === 'number' || typeof v.ent_num === 'string' ? String(v.ent_num) : '';
  if (typeof v.line !== 'string') return fail('"line" must be a string');
  const row = parseSdnLine(v.line, line);
  if ('error' in row) return fail(`line: ${row.error}`);
  if (row.entNum !== entNum) return fail(`ent_num ${entNum} does not match its line (${row.entNum})`);
  const change: SdnChange = { snapshot, prevSnapshot, op, entNum, lineText: v.line, row };
  if (typeof v.source === 'string') {
    const url = scrapeSourceUrl(v.source);
    if (url) change.sourceUrl = url;
    const compare = typeof v.prev_source === 'string' ? scrapeCompareUrl(v.prev_source, v.source) : undefined;
    if (compare) change.compareUrl = compare;
  }
  if (op === 'MOD') {
    if (typeof v.prev_line !== 'string') return fail('a MOD needs "prev_line"');
    const prev = parseSdnLine(v.prev_line, line);
    if ('error' in prev) return fail(`prev_line: ${prev.error}`);
    change.prevLineText = v.prev_line;
    change.prevRow = prev;
  }
  return change;
}

export function parseChangeLog(text: string, file: string): ImportResult<SdnChange> {
  const records: SdnChange[] = [];
  const problems: ImportProblem[] = [];
  text.split('\n').forEach((t, i) => {
    if (t.trim() === '') return;
    const c = parseChangeLine(t, file, i + 1);
    if ('op' in c) records.push(c);
    else problems.push(c);
  });
  return { records, problems };
}

/**
 * Applies changes, in order, to a snapshot given as raw lines by ent_num. A change that does not fit the
 * snapshot (ADD of a present entry, DEL or MOD of an absent one, MOD whose old line differs) is reported.
 */
export function applyChanges(
  snapshot: Map<string, string>,
  changes: Iterable<SdnChange>,
  file: string,
): { snapshot: Map<string, string>; problems: ImportProblem[] } {
  const out = new Map(snapshot);
  const problems: ImportProblem[] = [];
  for (const c of changes) {
    const had = out.get(c.entNum);
    const bad = (m: string) => problems.push({ file, line: c.row.line, message: `${c.op} ${c.entNum} at ${c.snapshot}: ${m}` });
    if (c.op === 'ADD') {
      if (had !== undefined) bad('already present');
      out.set(c.entNum, c.lineText);
    } else if (c.op === 'DEL') {
      if (had === undefined) bad('not present');
      out.delete(c.entNum);
    } else {
      if (had === undefined) bad('not present');
      else if (had !== c.prevLineText) bad('previous line differs');
      out.set(c.entNum, c.lineText);
    }
  }
  return { snapshot: out, problems };
}

function programs(row: SdnRow): string {
  return row.programs.join(', ') || 'no program';
}

const FIELDS: [keyof SdnRow, (typeof EVENT_FIELDS)[number]][] = [
  ['type', 'type'], ['title', 'title'], ['callSign', 'call sign'], ['vesselType', 'vessel type'], ['tonnage', 'tonnage'],
  ['grt', 'tonnage'], ['vesselFlag', 'flag'], ['vesselOwner', 'owner'], ['remarks', 'remarks'],
];

/**
 * The events one entry's change between two snapshots means: listed, removed, program or name changed,
 * other fields amended. `after`/`date` are the two snapshot times that bound it. Each event carries its parameters
 * (list, entry, programs, names, fields) for the card to word in the reader's language, and links to the entry's
 * page at OFAC: the official page a reader can cite (the snapshot a change was found in is a third-party scrape).
 * A removal is the exception: OFAC's page of an entry that left the list is empty, so it cites the snapshots that
 * show the entry gone (`evidenceUrl`: their comparison, or the newer snapshot), as does every event of an entry no
 * longer on the newest list (applyOfacHistory).
 */
export function changeEvents(
  prev: SdnRow | undefined,
  next: SdnRow | undefined,
  bounds: Bounds,
): EntityEvent[] {
  const entNum = (next ?? prev)?.entNum ?? '';
  const base = {
    date: bounds.date, after: bounds.after, precision: 'between' as const, authority: OFAC_AUTHORITY, list: OFAC_SDN_LIST, ref: entNum,
    sourceUrl: ofacDetailsUrl(entNum),
  };
  if (!prev && next) {
    return [{ ...base, type: 'designated', summary: `Appeared on the OFAC SDN list (${programs(next)})`, programs: next.programs }];
  }
  if (prev && !next) {
    return [{ ...base, sourceUrl: evidenceOf(bounds) ?? base.sourceUrl, type: 'delisted', summary: `Removed from the OFAC SDN list (was ${programs(prev)})`, programs: prev.programs }];
  }
  if (!prev || !next) return [];
  const events: EntityEvent[] = [];
  if (programs(prev) !== programs(next)) {
    events.push({
      ...base, type: 'program-changed', summary: `Program changed: ${programs(prev)} → ${programs(next)}`, programsBefore: prev.programs, programs: next.programs,
    });
  }
  if (prev.name !== next.name) {
    events.push({ ...base, type: 'name-changed', summary: `Name changed: ${prev.name} → ${next.name}`, namesRemoved: [prev.name], namesAdded: [next.name] });
  }
  const changed = [...new Set(FIELDS.filter(([k]) => prev[k] !== next[k]).map(([, label]) => label))];
  if (changed.length > 0) {
    const title = changed.includes('title') && next.title ? ` (title now: ${next.title})` : '';
    events.push({ ...base, type: 'amended', summary: `Entry amended: ${changed.join(', ')}${title}`, fields: changed });
  }
  return events;
}

/** The two snapshot times that bound a change, and where the snapshots are: `sourceUrl` the newer one's file. */
export interface Bounds {
  after: string;
  date: string;
  sourceUrl?: string;
  compareUrl?: string;
}

/** What shows a change: the two snapshots compared, else the newer snapshot. */
function evidenceOf(bounds: Bounds): string | undefined {
  return bounds.compareUrl ?? bounds.sourceUrl;
}

/** Events by ent_num, and the last row seen of every entry, so entries that left the list can still be shown. */
export class SdnHistory {
  readonly events = new Map<string, EntityEvent[]>();
  readonly lastRow = new Map<string, SdnRow>();
  /** Each event's snapshots, for an entry whose OFAC page is gone (applyOfacHistory). Not part of the event itself. */
  readonly evidence = new Map<EntityEvent, string>();

  private push(entNum: string, events: EntityEvent[], bounds: Bounds): void {
    if (events.length === 0) return;
    const url = evidenceOf(bounds);
    if (url) for (const e of events) this.evidence.set(e, url);
    const list = this.events.get(entNum);
    if (list) list.push(...events);
    else this.events.set(entNum, [...events]);
  }

  /** Compares two full snapshots (e.g. 2019-01-04 and 2021-05-22) taken far apart. */
  compareSnapshots(
    older: Map<string, SdnRow>,
    newer: Map<string, SdnRow>,
    bounds: Bounds,
  ): void {
    for (const [id, row] of older) {
      this.lastRow.set(id, row);
      this.push(id, changeEvents(row, newer.get(id), bounds), bounds);
    }
    for (const [id, row] of newer) {
      this.lastRow.set(id, row);
      if (!older.has(id)) this.push(id, changeEvents(undefined, row, bounds), bounds);
    }
  }

  addChange(c: SdnChange): void {
    const bounds: Bounds = { after: c.prevSnapshot, date: c.snapshot, sourceUrl: c.sourceUrl, compareUrl: c.compareUrl };
    if (c.op === 'ADD') this.push(c.entNum, changeEvents(undefined, c.row, bounds), bounds);
    else if (c.op === 'DEL') this.push(c.entNum, changeEvents(c.row, undefined, bounds), bounds);
    else this.push(c.entNum, changeEvents(c.prevRow, c.row, bounds), bounds);
    this.lastRow.set(c.entNum, c.row);
  }
}

/**
 * Puts an entry's history on its entity: the snapshot-bounded events, the day the entry was created when the SDN
 * advanced data has it, and for an entry no longer on the newest list, its sanctions marked delisted (the day is
 * unknown: the events carry the two snapshot times that bound it). `firstFile`: the day of the oldest sdn.csv the
 * history was built from; a program no event brought on was on the list by then (onListByFiles). `evidence`: each
 * event's snapshots (SdnHistory.evidence); an entry off the newest list has no OFAC page left, so its events and its
 * sanctions cite those instead (the sanctions the snapshots that show it removed), and its creation day the extract's
 * row (`created.sourceUrl`).
 */
export function applyOfacHistory(
  entity: Entity,
  events: EntityEvent[],
  created: OfacEntryDate | undefined,
  onNewestList: boolean,
  firstFile?: string,
  evidence?: ReadonlyMap<EntityEvent, string>,
): void {
  if (!onNewestList && evidence) {
    for (const e of events) e.sourceUrl = evidence.get(e) ?? e.sourceUrl;
    const removal = events.filter((e) => e.type === 'delisted').at(-1)?.sourceUrl;
    if (removal) for (const s of entity.sanctions) if (s.list === OFAC_SDN_LIST) s.sourceUrl = removal;
  }
  entity.events.push(...events);
  const entNum = entity.sources[0]?.ref ?? '';
  if (created) {
    entity.events.push({
      date: created.date,
      precision: 'day',
      type: 'designated',
      authority: OFAC_AUTHORITY,
      summary: created.programs.length > 1
        ? `OFAC SDN entry created (one entry for ${created.programs.join(', ')}; no day given for each program)`
        : 'Added to the OFAC SDN list (entry created)',
      // OFAC's page of an entry that left the list is empty: the extract's row shows the day instead.
      sourceUrl: (!onNewestList && created.sourceUrl) || ofacDetailsUrl(entNum),
      list: OFAC_SDN_LIST,
      ref: entNum,
      programs: created.programs,
    });
    // The source dates the entry, not each of its measures: the creation day is a program's listing day only when the
    // entry has that one program, and its programs never changed since. Soleimani's one entry of 25 Oct 2007 for
    // SDGT, SYRIA, NPWMD, IRGC and IFSR dates none of them (the IFSR regulations themselves date from 2010).
    const [only, ...more] = created.programs;
    if (only && more.length === 0 && !events.some((e) => e.type === 'program-changed')) {
      for (const s of entity.sanctions) if (s.program === only) s.listed = created.date;
    }
  }
  if (firstFile) onListByFiles(entity, events, firstFile);
  if (!onNewestList) for (const s of entity.sanctions) s.status = 'delisted';
  entity.events.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Dates each OFAC program that has no listing day by the files held: the last time it came onto the entry (a listing
 * or a change of programs between two snapshots) gives `listedAfter`..`listedBy`; a program no event brought on was
 * in the oldest file, so it was on the list by that file's day (Maduro's VENEZUELA: by 4 Jan 2019). `events` are in
 * the order the snapshots were compared.
 */
export function onListByFiles(entity: Entity, events: readonly EntityEvent[], firstFile: string): void {
  for (const s of entity.sanctions) {
    if (s.list !== OFAC_SDN_LIST || s.listed) continue;
    let came: EntityEvent | undefined;
    for (const e of events) {
      if (e.list !== OFAC_SDN_LIST || !e.programs?.includes(s.program)) continue;
      if (e.type === 'designated' || (e.type === 'program-changed' && !e.programsBefore?.includes(s.program))) came = e;
    }
    if (came?.after) {
      s.listedAfter = came.after.slice(0, 10);
      s.listedBy = came.date.slice(0, 10);
    } else if (!came) s.listedBy = firstFile;
  }
}

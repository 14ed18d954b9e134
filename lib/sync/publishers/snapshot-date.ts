// The date of a list in a dataset's manifest, read strictly. A manifest's `snapshot` is an ISO 8601 day or UTC time,
// which the builder may follow with a note in brackets ("2025-12-19 (copy of that day: the publication is no
// later)"); other forms (a range "2021-05-22..2024-07-02", a month "2025-09/10 (by content …)") date no single
// publication. Date.parse read the note leniently and "2025-09/10" as 10 Sep 2025; this reads only the named format.
// No date package is installed, and this one format does not call for one.

const SNAPSHOT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z)?(?: \([^()]*\))?$/;

/** The snapshot as an ISO time in UTC, or null when it is not of the named format or not a real day ("undated"). */
export function snapshotDate(snapshot: string): string | null {
  const m = SNAPSHOT.exec(snapshot);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => Number(p ?? 0));
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second, Number((m[7] ?? '0').padEnd(3, '0'))));
  // Date.UTC rolls an impossible day or time over (31 Apr is 1 May): such a snapshot is no date.
  const exact = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && d.getUTCHours() === hour && d.getUTCMinutes() === minute && d.getUTCSeconds() === second;
  return exact ? d.toISOString() : null;
}

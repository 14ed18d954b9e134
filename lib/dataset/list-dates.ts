// How current each list in a dataset is: the date of its data, from the manifest's sources (the builder's and the
// publishers' sync write one line per list). A card says "as of" per list from these, never the build date.
import type { DatasetSource } from './format';

export interface ListDate {
  /** The list's id, as Sanction.list has it. */
  list: string;
  /** The ISO day of the list's data. */
  asOf: string;
}

// The sources' lines that date each list: the shipped builder's names and the publishers' sync's labels.
const LIST_SOURCES: { list: string; name: RegExp }[] = [
  { list: 'us-ofac-sdn', name: /^(OFAC Specially Designated Nationals list|OFAC SDN list$)/ },
  { list: 'us-ofac-cons', name: /^OFAC Consolidated \(non-SDN\)/ },
  { list: 'un-sc-consolidated', name: /^UN Security Council Consolidated List/ },
  { list: 'eu-2017-2063', name: /^EU Venezuela regime/ },
  { list: 'eu-fsf', name: /^EU Financial Sanctions Files/ },
  { list: 'gb-fcdo-sanctions', name: /^UK Sanctions List/ },
  { list: 'ca-sema', name: /^Canada Consolidated Autonomous/ },
];

/** The lists a dataset holds, each with the day of its data; a list whose source gives no day is left out. */
export function listDates(sources: readonly DatasetSource[]): ListDate[] {
  const out: ListDate[] = [];
  for (const { list, name } of LIST_SOURCES) {
    const source = sources.find((s) => name.test(s.name));
    const day = source && /^\d{4}-\d{2}-\d{2}/.exec(source.snapshot)?.[0];
    if (day) out.push({ list, asOf: day });
  }
  return out;
}

/**
 * The lists whose data in `after` is older than in `before` (a mirror serving a list older than the one in use). Their
 * differences are no changes of the lists: an entry missing from the older list was not removed from it.
 */
export function listsGoneBack(before: readonly DatasetSource[], after: readonly DatasetSource[]): string[] {
  const was = new Map(listDates(before).map((d) => [d.list, d.asOf]));
  return listDates(after).filter((d) => (was.get(d.list) ?? '') > d.asOf).map((d) => d.list);
}

/** Days after which a list's data is old enough for a card to say so. */
export const OLD_AFTER_DAYS = 30;

/** How many days (fractional) a list's data (`asOf`, an ISO day) is older than `now` (ms); NaN for no date. */
export function ageInDays(asOf: string, now: number): number {
  return (now - Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** Whether a list's data (`asOf`, an ISO day) is more than OLD_AFTER_DAYS days older than `now` (ms). */
export function isOld(asOf: string, now: number): boolean {
  return ageInDays(asOf, now) > OLD_AFTER_DAYS;
}

import type { EntityEvent } from '@/lib/dataset/format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-05-07" -> "7 May 2019"; partial dates keep their precision ("May 2019", "2019"). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An event's date as a reader should read it: a day, or the two snapshot times that bound it. */
export function formatEventDate(e: Pick<EntityEvent, 'date' | 'precision' | 'after'>): string {
  if (e.precision === 'between' && e.after) return `between ${formatDate(e.after.slice(0, 10))} and ${formatDate(e.date.slice(0, 10))}`;
  return formatDate(e.date.slice(0, 10));
}

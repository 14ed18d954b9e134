// What a card says of each sanction, in the reader's language: its entry on the list ("OFAC entry 22790"), its dates
// as far as the sources give them ("on the list by 4 Jan 2019"), and the whole card as a plain-text citation a
// reader can paste into an article or a file note.
import { entityStatus, type Entity, type EntityEvent, type Sanction } from '../dataset/format';
import type { ListDate } from '../dataset/list-dates';
import { formatDate } from './format-date';
import type { Translate } from './index';
import { listLabel } from './list-names';
import { readableName } from '../names/readable';

/** The entry's reference as its list names it: "OFAC entry 22790", "UN ref. IRi.039", "Annex IV, no. 5". */
export function entryLabel(list: string, ref: string, t: Translate): string {
  if (list.startsWith('us-ofac')) return t('card_entryOfac', ref);
  if (list === 'un-sc-consolidated') return t('card_entryUn', ref);
  const eu = /^\w+\/([\w.]+)\/(\d+)$/.exec(ref);
  if (list.startsWith('eu-') && eu) return t('card_entryEu', eu[1], eu[2]);
  return t('card_entry', ref);
}

/** The entity's reference on a sanction's list, when it has one (a curated sanction has none). */
export function sanctionRef(entity: Pick<Entity, 'sources'>, s: Pick<Sanction, 'list'>): string | undefined {
  return entity.sources.find((x) => x.list === s.list)?.ref;
}

/**
 * The history's removal of a delisted sanction that has no day of its own: OFAC's files give none, so the two files
 * that bound it (Rusal's: between 4 Jan 2019 and 22 May 2021), which the card's history shows too.
 */
export function removalOf(events: readonly EntityEvent[], s: Sanction): EntityEvent | undefined {
  if (s.status !== 'delisted' || s.delisted) return undefined;
  let found: EntityEvent | undefined;
  for (const e of events) {
    if (e.type === 'delisted' && e.precision === 'between' && e.after && e.list === s.list && e.programs?.includes(s.program) && (!found || e.date > found.date)) found = e;
  }
  return found;
}

/**
 * A sanction's dates as far as the sources give them: the listing day; else the window between two files (a window
 * within one day is that day) or the earliest file that has it; then its removal, or the two files that bound it
 * (`events`: the entity's history, removalOf).
 */
export function sanctionDates(s: Sanction, t: Translate, events: readonly EntityEvent[] = []): string[] {
  const date = (iso: string) => formatDate(iso, t);
  const out: string[] = [];
  if (s.listed) out.push(t('card_listed', date(s.listed)));
  else if (s.listedBy && s.listedAfter && s.listedAfter !== s.listedBy) out.push(t('card_listedBetween', date(s.listedAfter), date(s.listedBy)));
  else if (s.listedBy && s.listedAfter) out.push(t('card_listed', date(s.listedBy)));
  else if (s.listedBy) out.push(t('card_onListBy', date(s.listedBy)));
  // Said in words, so that no date is not read as a date left out (OFAC's non-SDN files give none).
  else if (!s.listedAfter) out.push(t('card_listedNoDate'));
  const removal = removalOf(events, s);
  if (s.delisted) out.push(t('card_delistedOn', date(s.delisted)));
  else if (removal?.after && removal.after.slice(0, 10) !== removal.date.slice(0, 10)) out.push(t('card_removedBetween', date(removal.after.slice(0, 10)), date(removal.date.slice(0, 10))));
  else if (removal) out.push(t('card_delistedOn', date(removal.date.slice(0, 10))));
  else if (s.status === 'delisted') out.push(t('card_delisted'));
  return out;
}

/** Sanctions grouped by list, in the order the record gives them. */
export function byList(sanctions: Sanction[]): [string, Sanction[]][] {
  const groups = new Map<string, Sanction[]>();
  for (const s of sanctions) groups.set(s.list, [...(groups.get(s.list) ?? []), s]);
  return [...groups];
}

/**
 * The card as a citation in plain text: the name (and the list's form of it), then for each list its date, the
 * entry number, each program with its dates, and the official link; a record on no list says which lists were
 * checked, as of when.
 */
export function citationText(entity: Entity, lists: readonly ListDate[], t: Translate): string {
  const date = (iso: string) => formatDate(iso, t);
  const title = readableName(entity);
  const lines = [title === entity.name ? title : `${title} (${t('card_listForm', entity.name)})`];
  for (const [list, sanctions] of byList(entity.sanctions)) {
    const asOf = lists.find((l) => l.list === list);
    const ref = sanctionRef(entity, sanctions[0]);
    const head = [asOf ? t('card_listAsOf', listLabel(list, t), date(asOf.asOf)) : listLabel(list, t), ref ? entryLabel(list, ref, t) : ''].filter(Boolean).join(', ');
    const programs = sanctions.map((s) => [s.program, ...sanctionDates(s, t, entity.events), s.curated ? t('card_curated') : ''].filter(Boolean).join(', ')).join('; ');
    const urls = [...new Set(sanctions.map((s) => s.sourceUrl).filter((u): u is string => !!u))];
    lines.push(`${head}: ${programs}.${urls.length ? ` ${urls.join(' ')}` : ''}`);
  }
  if (entityStatus(entity) === 'not-sanctioned' && lists.length > 0) {
    lines.push(t('card_listsChecked', lists.map((l) => t('listWithDate', listLabel(l.list, t), date(l.asOf))).join(', ')));
  }
  return lines.join('\n');
}

import type { ComponentChildren } from 'preact';
import type { Entity } from '@/lib/dataset/format';
import { CURATED_LIST } from '@/lib/dataset/facts';
import type { Translate } from '@/lib/i18n';
import { listWords } from '@/lib/i18n/list-names';

/** An interface in English needs no label on the lists' English words. */
export function readsEnglish(t: Translate): boolean {
  return t('dateLocale').startsWith('en');
}

/** The lists an entity's list text comes from: its sources, not the project's curated file. */
export function textLists(entity: Pick<Entity, 'sources'>): string[] {
  return [...new Set(entity.sources.map((s) => s.list).filter((l) => l !== CURATED_LIST))];
}

/** A party on no list, known from the project's curated file alone (Juan Guaidó): its names and facts are ours. */
export function curatedOnly(entity: Pick<Entity, 'sources'>): boolean {
  return entity.sources.some((s) => s.list === CURATED_LIST) && textLists(entity).length === 0;
}

/**
 * "la lista SDN de la OFAC", or "la lista SDN de la OFAC o la lista de Venezuela de la UE" for a merged record: the
 * merge keeps no note of which list gave a position, so the card names every list it could have come from.
 */
export function listsInWords(lists: string[], t: Translate): string {
  const words = lists.map((l) => listWords(l, t));
  try {
    return new Intl.ListFormat(t('dateLocale'), { type: 'disjunction' }).format(words);
  } catch {
    return words.join(' / ');
  }
}

/**
 * A list's own free text (a position), in the language the lists write (English): marked `lang="en"`, and in any
 * other interface language labelled with the list it comes from, so it is never read as the interface's own words.
 */
export function ListWords({ text, label, t }: { text: string; label: ComponentChildren; t: Translate }) {
  if (readsEnglish(t)) return <span lang="en">{text}</span>;
  return (
    <>
      <span class="sl-muted sl-list-words">{label} </span>
      <span lang="en">“{text}”</span>
    </>
  );
}

/** A list's English words inside a line (a search result's role): quoted and said to be English in another language. */
export function EnglishWords({ text, t }: { text: string; t: Translate }) {
  if (readsEnglish(t)) return <span lang="en">{text}</span>;
  return (
    <>
      <span lang="en">“{text}”</span> {t('inEnglishLabel')}
    </>
  );
}

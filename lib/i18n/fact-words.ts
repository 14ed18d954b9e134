// A curated fact (lib/dataset/facts.ts) in the reader's language, through the message catalog: offices, bodies,
// relations and member words by key, dates through Intl (formatDate), a country through Intl.DisplayNames, entries
// and lists as the card names them elsewhere. Names stay as written. A `quote` is not worded: the card shows its
// text quoted, with its language and source (quoteLanguage).
import type { Fact } from '../dataset/facts';
import { entryLabel } from './citation';
import { formatDate } from './format-date';
import type { MessageKey, Translate } from './index';
import { listWords } from './list-names';

/** The first letter in upper case: an office is written in lower case inside a Spanish sentence, not at a line's start. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A region or language code in the catalog's language ("VE" → "Venezuela"), else the code. */
function displayName(code: string, type: 'region' | 'language', t: Translate): string {
  try {
    return new Intl.DisplayNames([t('dateLocale'), 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English", "inglés": a quote's language. */
export function quoteLanguage(lang: string, t: Translate): string {
  return displayName(lang, 'language', t);
}

function role(f: Fact, t: Translate): string {
  const office = t(`office_${f.office}` as MessageKey);
  const held = f.former ? t('fact_former', office) : office;
  const date = (d: string) => formatDate(d, t);
  if (f.from && f.to) return t('fact_period', held, date(f.from), date(f.to));
  if (f.from) return t('fact_since', held, date(f.from));
  return held;
}

/** A role fact inside a sentence ("…encaja con el que le dan nuestros datos: ex director general…"): no capital. */
export function roleInSentence(f: Fact, t: Translate): string {
  return role(f, t);
}

/** The fact as a sentence of the reader's language; a quote's own text. */
export function factWords(f: Fact, t: Translate): string {
  const date = (d: string | undefined) => (d ? formatDate(d, t) : '');
  const name = f.name ?? '';
  switch (f.type) {
    case 'role':
      return upperFirst(role(f, t));
    case 'is':
      return t(`body_${f.body}` as MessageKey);
    case 'relative':
      return t(`relation_${f.relation}` as MessageKey, name);
    case 'nickname':
      return t('fact_nickname', name, date(f.date));
    case 'calledBy':
      return t('fact_calledBy', listWords(f.list, t), name);
    case 'membersListed':
      return t('fact_membersListed', t(`members_${f.members}` as MessageKey), (f.refs ?? []).map((r) => {
        const [list, ref] = r.split(':');
        return entryLabel(list, ref, t);
      }).join(', '));
    case 'memberDesignated':
      return t('fact_memberDesignated', t(`members_${f.members}` as MessageKey), listWords(f.list, t), date(f.date));
    case 'designatedAsOfficial':
      return t('fact_designatedAsOfficial', displayName(f.country ?? '', 'region', t));
    case 'brokeRanks':
      return t('fact_brokeRanks', name);
    case 'announcedDelisting':
      return t('fact_announcedDelisting', name, date(f.date));
    case 'quote':
      return f.text ?? '';
  }
}

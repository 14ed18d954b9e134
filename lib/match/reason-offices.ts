// The offices a list states only in a sanction's reason: the EU's Venezuela annex writes a person's posts there
// ("Vice-President of Venezuela, and since August 2024, Minister of Oil."; 32 of its 69 persons have no position
// otherwise), so the rules that compare a title on the page with the listed role ("la vicepresidenta Delcy
// Rodríguez", "el ministro del Interior, Diosdado Cabello") have it. Index time only: the card shows the reason as
// the reason, and the dataset keeps what the source says where it says it.
import type { Entity } from '../dataset/format';
import { foldWord } from '../names/normalize';
import { HEAD_OF_STATE, roleBits, titleBits } from './context-words';

// Lower-case words that may stand in an office's head before its noun ("former Vice Minister", "Substitute judge").
const MODIFIERS = new Set(['former', 'retired', 'acting', 'interim', 'substitute', 'alternate', 'principal', 'senior', 'first', 'second', 'third']);
// A head that names no title of its own but says the sentence is the person's office ("Member of the National
// Assembly"), so the offices after it in the sentence count ("Former member and ... second Vice-President of ...").
const MEMBERSHIP = new Set(['member']);
// Words that open a sentence about someone or something else ("The Minister of Defence ordered ...", "His father"),
// or about an office the reason has named already ("As Director of DEIPC, he ...", "In this role").
const NOT_OPENING = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'that', 'he', 'she', 'they', 'as', 'in', 'under', 'by',
  'since', 'during', 'after', 'before', 'from', 'until', 'between', 'also', 'while', 'when', 'with', 'through',
]);
// After a later office in the sentence, "of", "to" ...: an office of something ("Minister of Oil"), not a word of a
// body's name cut by a comma ("Minister of the Interior, Justice and Peace").
const OFFICE_OF = new Set(['of', 'at', 'for', 'in', 'to', 'within', 'with', 'on']);
// A title word that is also a portfolio's name: alone, a word of a ministry's or a court's name ("Minister of the
// Interior and Justice of Venezuela", "Supreme Court of Justice"), not an office; "Chief Justice" is one.
const PORTFOLIOS = new Set(['justice']);
// A clause that names someone by what they did to the person or how they are tied to them ("appointed by Nicolás
// Maduro", "son of ...", "adviser to ..."): the office in the clause after it is that one's apposition ("...,
// President of Venezuela, ..."), not the listed person's.
const ANOTHER_PERSON = new Set([
  'by', 'son', 'daughter', 'wife', 'husband', 'spouse', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin',
  'relative', 'associate', 'adviser', 'advisor', 'partner', 'successor', 'predecessor', 'friend', 'ally',
]);

/**
 * The heads of the offices a person's sanction reasons state as theirs ("Vice-President", "Minister", "Former
 * Governor"): in a sentence that opens with an office, that office and each later one in its own clause
 * ("..., and since August 2024, Minister of Oil"). A sentence that opens with anything else is about something
 * else or someone else ("Son of President ...", "Close associate of ...", "Appointed by President ...").
 */
export function reasonOffices(entity: Entity): string[] {
  if (entity.kind !== 'person') return [];
  const out: string[] = [];
  for (const s of entity.sanctions) if (s.reason) for (const sentence of sentences(s.reason)) officesOf(sentence, out);
  return out;
}

/** The title bits of the offices a person's sanction reasons state: never a head of state's, which a bare title
 * cannot tell from a bank's or a firm's president ("President of Petróleos de Venezuela"). */
export function reasonRoleBits(entity: Entity): number {
  const offices = reasonOffices(entity);
  return offices.length === 0 ? 0 : roleBits(offices) & ~HEAD_OF_STATE;
}

function sentences(reason: string): string[] {
  // Brackets gloss a body's name or an office's other wording ("Member (Rector) of ..."): never an office of its own.
  let text = reason;
  for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/\([^()]*\)/g, ' ')];
  return text.split(/\.\s+(?=[\p{Lu}“"‘'])/u);
}

function officesOf(sentence: string, out: string[]): void {
  const clauses = sentence.split(/\s*[,;:]\s*|\s+and\s+/);
  let afterAnother = false;
  for (let c = 0; c < clauses.length; c++) {
    const words = clauses[c].trim().split(/\s+/).filter((w) => w !== '');
    if (c > 0 && words[0] === 'and') words.shift();
    const apposition = afterAnother;
    afterAnother = words.some((w) => ANOTHER_PERSON.has(w.toLowerCase()));
    const head = apposition ? undefined : headOf(words, c === 0);
    if (head === undefined) {
      if (c === 0) return;
      continue;
    }
    if (head.length > 0) out.push(words.slice(0, head.length).join(' '));
  }
}

/**
 * The words of an office's head at the start of a clause ("Former Vice Minister" of "former Vice Minister for
 * prevention ..."), [] for a membership, undefined when the clause opens with no office. The sentence's first
 * clause may go on in any way ("Prosecutor serving at ..."); a later one must go on with "of", "to" ...
 */
function headOf(words: readonly string[], first: boolean): string[] | undefined {
  const head: string[] = [];
  let k = 0;
  for (; k < words.length && head.length < 6; k++) {
    const word = words[k].replace(/['’]s$/u, '').replace(/[‐‑–]/gu, '-');
    const key = word.split('-').map(foldWord).join('-');
    if (k === 0 && NOT_OPENING.has(key)) return undefined;
    const capital = /^\p{Lu}/u.test(word) && /^[\p{L}-]+$/u.test(word);
    if (!capital && !MODIFIERS.has(key) && !MEMBERSHIP.has(key) && !titleOf(key)) break;
    head.push(key);
  }
  if (head.length === 0) return undefined;
  if (!first && !(k < words.length && OFFICE_OF.has(words[k]))) return undefined;
  const last = head[head.length - 1];
  if (MEMBERSHIP.has(last)) return [];
  if (head.length === 1 && PORTFOLIOS.has(last)) return undefined;
  // "Vice-President", "Secretary‐General": the head's last word is the office's noun.
  return titleBits(last.slice(last.lastIndexOf('-') + 1)) !== 0 ? head : undefined;
}

function titleOf(key: string): boolean {
  return key.split('-').some((part) => titleBits(part) !== 0);
}

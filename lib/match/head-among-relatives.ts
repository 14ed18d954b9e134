// A surname alone that several listed people on the page share, one of them the head of state of a country the page
// names: news writes the head by surname alone and his relatives in full ("санкции против Лукашенко и его
// окружения ... Виктор Лукашенко (старший сын Александра Лукашенко)"; "Assad" beside "Maher al-Assad"), so the
// bare surname is the head's. So too for a rare surname alone with no full name on the page ("санкции против
// Януковича": the former president, not his listed son; rare-surname.ts). And a rare surname alone that a listed man
// shares only with relatives the lists tie to him ("Министр обороны Шойгу", "Песков" beside the listed wife and
// children whose entries are OFAC's "Linked To: SHOIGU, Sergei"): news names him so, and them by their given names.
import { HEAD_OF_STATE } from './context-words';
import { isLinked } from './entity-links';
import { hasCountryOnPage } from './precision';
import type { NameIndex } from './name-index';
import type { ScanState } from './scan-state';

/** The one candidate whose listed role is a head of state's and whose country the page names; -1 when not one. */
export function headAmongRelatives(s: ScanState, candidates: readonly number[]): number {
  const roles = s.index.entityRoles;
  let head = -1;
  for (const e of candidates) {
    if (!(roles[e] & HEAD_OF_STATE) || !hasCountryOnPage(s, e)) continue;
    if (head >= 0) return -1;
    head = e;
  }
  return head;
}

/** The one person among `persons` whose listed role is a head of state's; -1 when none or several. */
export function soleHead(index: NameIndex, persons: readonly number[]): number {
  let head = -1;
  for (const e of persons) {
    if (!(index.entityRoles[e] & HEAD_OF_STATE)) continue;
    if (head >= 0) return -1;
    head = e;
  }
  return head;
}

/**
 * The one person among `persons` whom every other one is linked to in the lists (a family's listed head, the others
 * his relatives listed for him); -1 when none, or when some carrier is tied to nobody among them.
 */
export function familyHead(index: NameIndex, persons: readonly number[]): number {
  let head = -1;
  for (const p of persons) {
    if (!persons.every((q) => q === p || isLinked(index, q, p))) continue;
    if (head >= 0) return -1;
    head = p;
  }
  return head;
}

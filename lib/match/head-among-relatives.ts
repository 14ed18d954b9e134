// A surname alone that several listed people on the page share, one of them the head of state of a country the page
// names: news writes the head by surname alone and his relatives in full ("санкции против Лукашенко и его
// окружения ... Виктор Лукашенко (старший сын Александра Лукашенко)"; "Assad" beside "Maher al-Assad"), so the
// bare surname is the head's.
import { HEAD_OF_STATE } from './context-words';
import { hasCountryOnPage } from './precision';
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

// A common name the page gives its evidence for only further on ("¿Quién es Daniella Cabello, cantante en gabinete de
// Delcy Rodríguez ...?" in the headline, then "La presidenta interina de Venezuela, Delcy Rodríguez"): the reader who
// reads on knows whom the headline meant, as evidence.ts confirms the mentions after a confirmed one. Within one batch
// of blocks, the text the page scanned together.
import type { MatchReason, Mention, MentionStatus } from './mention';

/** The reasons that confirm a common name (evidence.ts), and so the same name's mentions before it. */
const EVIDENCE: ReadonlySet<MatchReason> = new Set<MatchReason>(['confirmed-earlier', 'fuller-name', 'listed-child', 'listed-relative', 'listed-body', 'co-designated', 'title', 'sanctions-near', 'country', 'sanctions-story']);

const CONFIRMED_LATER: readonly MatchReason[] = ['confirmed-later'];

/**
 * Confirms, in place, each "possible (common-name)" mention whose entity a later mention of the batch confirmed, and
 * each surname alone that echoed such a name as possible ("Медведчук" in the headline, "Чемезова" after "Сергей
 * Чемезов"): possible with no reason of its own. A surname two people on the page share stays possible.
 */
export function confirmLater(found: Mention[][]): void {
  // Most batches have no possible common name: one pass to find out, with nothing made.
  let any = false;
  for (const ms of found) for (const m of ms) if (echoesCommonName(m)) any = true;
  if (!any) return;
  const confirmed = new Map<string, MentionStatus>();
  for (let b = found.length - 1; b >= 0; b--) {
    const ms = found[b];
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k];
      if (echoesCommonName(m)) {
        const status = confirmed.get(m.entityId);
        if (status === undefined) continue;
        const upgraded: Mention = { ...m, status, reasons: CONFIRMED_LATER };
        delete upgraded.possibleBecause;
        ms[k] = upgraded;
      } else if ((m.status === 'sanctioned' || m.status === 'delisted') && m.reasons?.some((r) => EVIDENCE.has(r))) confirmed.set(m.entityId, m.status);
    }
  }
}

/** A common name without evidence, or a mention that is possible only because the name it repeats was. */
function echoesCommonName(m: Mention): boolean {
  return m.possibleBecause === 'common-name' || (m.status === 'possible' && m.possibleBecause === undefined);
}

// The short forms the news gives an organization whose listed name is longer: its brand ("Rusal" of UNITED
// COMPANY RUSAL PLC, "Rostec" of STATE CORPORATION ROSTEC, "Renova" of RENOVA GROUP, "Rosneft" of ROSNEFT OIL
// COMPANY), and a unit named in the plural in the singular. A brand is only a candidate: the page scan accepts it
// with the evidence a firm's one word needs (lib/match/precision.ts).
//
// Written here: the packages that strip company suffixes (company-name-normalizer, cleanco ports) know legal forms,
// which variants.ts already handles, not the words of kind ("state corporation", "group of companies") that
// Russian state firms carry.
import { isConnector, isParticle } from './transliterate';

// Words of kind that a listed name carries around the brand, as folded token runs; the longer first.
const KIND_BEFORE = [
  'united company', 'state corporation', 'state company', 'state development corporation', 'group of companies', 'gk', 'holding company',
].map((s) => s.split(' '));
const KIND_AFTER = [
  'group of companies', 'oil company', 'holding company', 'holdings', 'holding', 'group', 'company', 'corporation',
].map((s) => s.split(' '));

function startsWithRun(ts: readonly string[], run: readonly string[]): boolean {
  return run.length < ts.length && run.every((w, k) => ts[k] === w);
}

function endsWithRun(ts: readonly string[], run: readonly string[]): boolean {
  const at = ts.length - run.length;
  return at > 0 && run.every((w, k) => ts[at + k] === w);
}

/**
 * The one word a name without its legal form is known by, once the words of kind around it are taken off
 * ("united company rusal": "rusal"); undefined when no such word is taken off or more than one word is left.
 */
export function brandOf(bare: readonly string[]): string | undefined {
  let ts = bare;
  for (let changed = true; changed && ts.length > 1; ) {
    changed = false;
    for (const run of KIND_BEFORE) {
      if (startsWithRun(ts, run)) {
        ts = ts.slice(run.length);
        changed = true;
      }
    }
    for (const run of KIND_AFTER) {
      if (endsWithRun(ts, run)) {
        ts = ts.slice(0, ts.length - run.length);
        changed = true;
      }
    }
  }
  if (ts.length !== 1 || ts === bare || isConnector(ts[0]) || isParticle(ts[0])) return undefined;
  return ts[0];
}

// A unit the lists name in the plural, which the news names in the singular ("Special Actions Force" of SPECIAL
// ACTIONS FORCES).
const KIND_SINGULAR = new Map([
  ['forces', 'force'],
  ['services', 'service'],
  ['units', 'unit'],
  ['brigades', 'brigade'],
]);

/** The name with its last word of kind in the singular, or undefined when it does not end in one. */
export function singularOf(tokens: readonly string[]): string[] | undefined {
  const one = tokens.length >= 2 ? KIND_SINGULAR.get(tokens[tokens.length - 1]) : undefined;
  return one ? [...tokens.slice(0, -1), one] : undefined;
}

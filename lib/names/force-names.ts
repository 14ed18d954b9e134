// A military force of a listed body, named by the body's name and the force's ("ISLAMIC REVOLUTIONARY GUARD CORPS
// AIR FORCE", "IRGC AEROSPACE FORCE"): the lists give the force some of the crossings of the two, and news writes any
// other ("Islamic Revolutionary Guard Corps Aerospace Force", where the list has GUARDS in that one). Each name of the
// entry that ends in a force's words is split there, and every body's name met so is read with every force's name.

import { nameKey } from './normalize';

// The forces' words, longest first so that "aerospace force" is taken before "force".
const FORCES = ['ground forces', 'ground force', 'aerospace force', 'air force', 'naval forces', 'navy', 'qods force'];

/** The entry's names crossed: each body's name it is listed with, with each force's name (none already listed). */
export function crossedForceNames(names: readonly string[]): string[] {
  const bodies = new Set<string>();
  const forces = new Set<string>();
  const listed = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    listed.add(key);
    const force = FORCES.find((f) => key.endsWith(' ' + f));
    if (!force) continue;
    bodies.add(key.slice(0, -force.length - 1));
    forces.add(force);
  }
  if (bodies.size < 2 || forces.size < 2) return [];
  const out: string[] = [];
  for (const b of bodies) for (const f of forces) if (!listed.has(`${b} ${f}`)) out.push(`${b} ${f}`.toUpperCase());
  return out;
}

// The ways news text writes a listed name: "MADURO MOROS, Nicolas" is also "Nicolás Maduro Moros" and "Nicolás Maduro".
import type { EntityKind } from '../dataset/format';

export interface NameVariant {
  text: string;
  /** True for the name as the list writes it (reordered), false for a shortened form. */
  exact: boolean;
}

export function nameVariants(name: string, kind: EntityKind): NameVariant[] {
  const out: NameVariant[] = [{ text: name, exact: true }];
  const comma = name.indexOf(',');
  if (kind !== 'person' || comma < 0) return out;
  const family = name.slice(0, comma).trim().split(/\s+/).filter(Boolean);
  const given = name.slice(comma + 1).trim().split(/\s+/).filter(Boolean);
  if (!family.length || !given.length) return out;
  out.push({ text: [...given, ...family].join(' '), exact: true });
  // Spanish names carry two family names; the news often uses the first only, and one given name.
  if (family.length > 1) out.push({ text: [...given, family[0]].join(' '), exact: false });
  if (given.length > 1) out.push({ text: [given[0], ...family].join(' '), exact: false });
  if (family.length > 1 && given.length > 1) out.push({ text: [given[0], family[0]].join(' '), exact: false });
  return out;
}

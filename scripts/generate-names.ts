// A generated dataset of any size for the benchmark: names built from the real list's words and made-up ones.
import type { Entity } from '../lib/dataset/format';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One million names: persons ("FAMILY [FAMILY], Given [Given]") and organizations ("WORD WORD [WORD] LLC"),
 * their words drawn from the real list's words and, for a third, from made-up syllable words, so that the
 * vocabulary is as large as a big list's.
 */
export function generatedEntities(real: Entity[], count: number): Entity[] {
  const rand = mulberry32(20240702);
  const given = new Set<string>();
  const family = new Set<string>();
  const orgWords = new Set<string>();
  for (const e of real) {
    const comma = e.name.indexOf(',');
    if (e.kind === 'person' && comma > 0) {
      for (const w of e.name.slice(0, comma).split(/\s+/)) if (/^[A-Z]{3,}$/.test(w)) family.add(w);
      for (const w of e.name.slice(comma + 1).split(/\s+/)) if (/^[A-Z][a-z]{2,}$/.test(w)) given.add(w);
    } else if (e.kind === 'organization') for (const w of e.name.split(/\s+/)) if (/^[A-Z]{3,}$/.test(w)) orgWords.add(w);
  }
  const syllables = ['ka', 'ro', 'mi', 'tan', 'vel', 'sor', 'dri', 'ban', 'lo', 'zen', 'pa', 'rik', 'mon', 'sha', 'tev', 'ul', 'gor', 'nia'];
  const madeUp = () => {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    return w;
  };
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  const G = [...given];
  const F = [...family];
  const O = [...orgWords];
  const word = (list: string[], upper: boolean) => {
    const w = rand() < 0.33 ? madeUp() : pick(list).toLowerCase();
    return upper ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1);
  };
  const legal = ['LLC', 'LTD', 'S.A.', 'JSC', 'CO., LTD.', 'GMBH', ''];
  const out: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const person = rand() < 0.7;
    let name: string;
    if (person) {
      const fam = [word(F, true), ...(rand() < 0.4 ? [word(F, true)] : [])].join(' ');
      const giv = [word(G, false), ...(rand() < 0.5 ? [word(G, false)] : [])].join(' ');
      name = `${fam}, ${giv}`;
    } else {
      const n = 2 + Math.floor(rand() * 2);
      name = [...Array.from({ length: n }, () => word(O, true)), pick(legal)].join(' ').trim();
    }
    out.push({
      id: `gen-${i}`, kind: person ? 'person' : 'organization', name, names: [{ name, type: 'primary' }],
      birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [],
      sanctions: [{ authority: 'GEN', list: 'generated', program: 'GEN', status: 'active' }], events: [],
    });
  }
  return out;
}

// Made-up Iranians in Latin letters for the namesake stress test (eval.ts). faker has Persian names only in Persian
// script, so the names are built from real frequencies: given names from Iran's rows of
// ../shared/data/names/common-forenames-by-country.csv (Wikipedia's lists, CC0; "Mohammad-Reza" written as two
// words, as the news does), surnames that three or more of the lists' own Iranians carry (no table here has Iran's
// surnames: lib/names/iranian-persons.ts). Some made-up names are listed persons' whole names ("Morteza Ghasemi"):
// on a page with no sanctions story they are namesakes as much as anyone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Faker } from '@faker-js/faker';
import type { Entity } from '../lib/dataset/format';
import { isIranianPerson } from '../lib/names/iranian-persons';
import { SHARED } from './dataset-files';
import { csvFields } from './ofac-csv';

/** Iran's common given names, as the news writes them ("Mohammad Reza", "Fatemeh Zahra"). */
function iranianGivenNames(): string[] {
  const [head, ...lines] = readFileSync(join(SHARED, 'data/names/common-forenames-by-country.csv'), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
  const columns = csvFields(head);
  const country = columns.indexOf('Country');
  const name = columns.indexOf('Romanized Name');
  const out = new Set<string>();
  for (const l of lines) {
    const f = csvFields(l);
    if (f[country] === 'IR') out.add(f[name].replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()));
  }
  return [...out].sort();
}

/** The one-word surnames ("KAZEMI, Mohammad Reza") that at least `min` of the lists' Iranians carry, in title case. */
function listedIranianSurnames(entities: readonly Entity[], min: number): string[] {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (!isIranianPerson(e)) continue;
    const seen = new Set<string>();
    for (const n of e.names) {
      const m = /^([A-Z]+), /.exec(n.name);
      if (m && m[1].length >= 4) seen.add(m[1]);
    }
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].filter(([, c]) => c >= min).map(([s]) => s[0] + s.slice(1).toLowerCase()).sort();
}

/** `count` sentences, each a made-up Iranian in Latin letters saying something that tells no sanctions story. */
export function persianNamesakeBlocks(entities: readonly Entity[], f: Faker, seed: number, count: number): { blocks: string[]; given: number; surnames: number } {
  const given = iranianGivenNames();
  const surnames = listedIranianSurnames(entities, 3);
  f.seed(seed);
  const blocks = Array.from({ length: count }, (_, i) => `${f.helpers.arrayElement(given)} ${f.helpers.arrayElement(surnames)}, ${20 + (i % 50)}, said the market in Tehran was busy.`);
  return { blocks, given: given.length, surnames: surnames.length };
}

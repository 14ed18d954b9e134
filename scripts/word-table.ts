// The generated name tables of lib/names (given-names.ts, given-names-muslim-world.ts, world-surnames.ts): names
// folded as the page scan folds words, and written as one sorted template string, 16 words a line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord } from '../lib/names/normalize';
import { ROOT } from './dataset-files';
import { csvFields } from './ofac-csv';

/** A CSV of one name a line, as records by column; no quoted line breaks, so the repo's small CSV reader is enough. */
export function readNameCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
  const columns = csvFields(head);
  return lines.map((l) => Object.fromEntries(csvFields(l).map((v, i) => [columns[i], v])));
}

/** Each word of a name ("García Pérez", "Mohammad-Reza"), folded, when it is 3+ plain letters, added to `into`. */
export function addFoldedWords(into: Set<string>, name: string): void {
  for (const w of name.split(/[\s-]+/)) {
    const k = foldWord(w);
    if (/^[a-z]{3,}$/.test(k)) into.add(k);
  }
}

/** Writes lib/names/<file> as `export const <name>` under the header comment; returns how many words it holds. */
export function writeWordTable(file: string, header: string, name: string, words: Iterable<string>): number {
  return writeWordTables(file, header, [[name, words]])[0];
}

/** Writes lib/names/<file> as one `export const` a table, in order, under the header; returns how many words each holds. */
export function writeWordTables(file: string, header: string, tables: readonly (readonly [string, Iterable<string>])[]): number[] {
  const counts: number[] = [];
  const consts = tables.map(([name, words]) => {
    const sorted = [...new Set(words)].sort();
    counts.push(sorted.length);
    const lines: string[] = [];
    for (let i = 0; i < sorted.length; i += 16) lines.push(sorted.slice(i, i + 16).join(' '));
    return `export const ${name} = \`\n${lines.join('\n')}\n\`;\n`;
  });
  writeFileSync(join(ROOT, 'lib/names', file), `${header}\n${consts.join('')}`);
  return counts;
}

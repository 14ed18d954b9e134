// The id of the code that builds the matcher's and the search's indexes: a sha256 over the source files of
// lib/match, lib/names and lib/search (tests excluded), taken at build time (wxt.config.ts). The worker keys its
// cached indexes by dataset version and this id, so an extension update that changes how names are read or
// searched (a new context word, a new name form) rebuilds the index instead of reading back the old one; a
// release that changes none of these files keeps its cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const INDEX_CODE_DIRS = ['lib/match', 'lib/names', 'lib/search'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Twelve hex digits that change when any index-building source file under `root` changes. */
export function indexCodeId(root: string): string {
  const hash = createHash('sha256');
  for (const file of INDEX_CODE_DIRS.flatMap((d) => sourceFiles(join(root, d))).sort()) {
    hash.update(relative(root, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

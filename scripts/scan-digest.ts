// npm run -s digest [-- --dataset DIR] [--each]
// One sha256 over the matcher's whole result on every page it is measured on (test/corpus, test/corpus/news and
// ../shared/pages, the shipped dataset): each mark's block, start, end, entity, status, reasons, possibleBecause
// and alternatives. A change meant to make the scan faster, not different, leaves it as it was: run it before
// and after. Prints only digests, never a page's text or marks (the held-out pages are among them).
// --each prints one digest a page as well, to find which page a change moved.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildNameIndex, scanPage } from '../lib/match/scan';
import { loadEntities, ROOT, SHARED } from './dataset-files';
import { readPage } from './page-text';

const argv = process.argv.slice(2);
const datasetAt = argv.indexOf('--dataset');
const { entities, source } = loadEntities(datasetAt >= 0 ? argv[datasetAt + 1] : undefined);
const each = argv.includes('--each');
const index = buildNameIndex(entities);

const dirs = [join(ROOT, 'test/corpus'), join(ROOT, 'test/corpus/news'), join(SHARED, 'pages')];
const all = createHash('sha256');
let pages = 0;
let marks = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(txt|html)$/.test(f)) continue;
    const blocks = readPage(join(dir, f)).blocks.map((b) => b.text);
    const lines: string[] = [];
    scanPage(index, blocks).forEach((ms, b) => {
      for (const m of ms) {
        lines.push([b, m.start, m.end, m.entityId, m.status, (m.reasons ?? []).join('+'), m.possibleBecause ?? '', (m.alternatives ?? []).join('+')].join('\t'));
        marks++;
      }
    });
    const page = lines.join('\n');
    all.update(`${f}\n${page}\n`);
    if (each) process.stdout.write(`${createHash('sha256').update(page).digest('hex').slice(0, 16)}  ${f}\n`);
    pages++;
  }
}
process.stdout.write(`${all.digest('hex')}  ${pages} pages, ${marks} marks (${source})\n`);

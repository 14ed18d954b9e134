// npm run -s lookup -- [--dataset DIR] "a name" ["another name" ...]
// The dataset's best entries for each name, as the popup's search ranks them (any order, accents, misspellings):
// id, list references, status, kind, countries and role. For annotating a corpus by hand: it shows what the
// dataset holds under a name, independently of the page matcher whose marks the corpus scores.
import { parseArgs } from 'node:util';
import { entityStatus } from '../lib/dataset/format';
import { buildSearchIndex } from '../lib/search/search-index';
import { search } from '../lib/search/query';
import { loadEntities } from './dataset-files';

const { values, positionals } = parseArgs({ options: { dataset: { type: 'string' }, limit: { type: 'string', default: '8' } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('usage: npm run -s lookup -- [--dataset DIR] [--limit N] "a name" ...');
  process.exit(2);
}
const { entities } = loadEntities(values.dataset);
const byId = new Map(entities.map((e) => [e.id, e]));
const index = buildSearchIndex(entities);
for (const query of positionals) {
  const { hits, total } = search(index, query, {}, Number(values.limit));
  console.log(`${query}: ${total} hit${total === 1 ? '' : 's'}`);
  for (const h of hits) {
    const e = byId.get(h.id)!;
    const refs = e.sources.map((s) => `ref:${s.list}/${s.ref}`).join(' ');
    const role = e.positions[0] ?? e.description ?? '';
    console.log(`  ${h.match.padEnd(7)} ${entityStatus(e).padEnd(14)} ${e.kind.padEnd(12)} ${e.name}  [${refs || 'id:' + e.id}]  ${e.countries.join(',')}  ${role}`.trimEnd());
    if (h.matchedName && h.matchedName !== e.name) console.log(`          matched "${h.matchedName}"`);
  }
}

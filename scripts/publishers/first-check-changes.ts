// npx tsx scripts/publishers/first-check-changes.ts
// What the first check over the 2019 mirror changes, entry by entry: the mirror's records (older-mirror.ts), OFAC's
// 2021-05-22 files read by the worker's own reader (publication-reader.ts) and composed by its own compose, as the
// worker does after installing the mirror. Prints the check's counts and its events grouped by kind and by programs
// before and after, with a few entry numbers of each, to hold against the real sdn.csv files in ../shared/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCurated } from '../../lib/dataset/curated';
import type { Entity } from '../../lib/dataset/format';
import { parseEntitiesJsonl } from '../../lib/dataset/jsonl';
import { runToEnd } from '../../lib/stepwise';
import { compose } from '../../lib/sync/publishers/compose';
import { publicationReader } from '../../lib/sync/publishers/publication-reader';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';
import { ROOT } from '../dataset-files';
import { MIRROR_OFAC_DAY, olderOfacMirror } from './older-mirror';
import { OFAC_NAMES, OFAC_PATHS, ofacPublication } from './publications';

const mirror = olderOfacMirror();
const [path, bytes] = [...mirror.files].find(([p]) => p.endsWith('.jsonl.gz'))!;
const base = parseEntitiesJsonl(gunzipSync(bytes).toString('utf8'), path).records;

const files = ofacPublication('2021-05-22');
const reader = publicationReader('ofac-sdn');
for (const name of OFAC_NAMES) reader.write(name, new TextDecoder('windows-1252').decode(files.get(OFAC_PATHS[name])!));
const fresh = runToEnd(reader.finish());

const source = PUBLISHER_SOURCES['ofac-sdn'];
const curated = parseCurated(readFileSync(join(ROOT, 'lib/dataset/curated.json'), 'utf8'), 'curated.json').records;
const installedAt = `${MIRROR_OFAC_DAY}T00:00:00.000Z`;
const { entities, lists } = compose(base, [{ source, entities: fresh.entities, publishedAt: '2021-05-22T00:00:00.000Z', installedAt, confirmed: false, namesComparable: false }], curated);
console.log(lists[0]);

const refOf = (e: Entity) => e.sources.filter((s) => s.list === source.lists[0]).map((s) => s.ref).join('+');
const groups = new Map<string, string[]>();
for (const e of entities) {
  for (const ev of e.events) {
    if (ev.after !== installedAt) continue;
    const key = ev.change === 'programs' ? `programs ${ev.programsBefore?.join(',')} -> ${ev.programs?.join(',')}` : `${ev.change} ${ev.programs?.join(',') ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), refOf(e)]);
  }
}
const again = entities.flatMap((e) => e.events.filter((ev) => ev.after === installedAt && / again |^Delisted from/.test(ev.summary)).map((ev) => `${refOf(e)} ${ev.summary}`));
console.log(`${again.length} entries listed again or delisted in place:`, again.slice(0, 5));
for (const [key, refs] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(refs.length).padStart(5)}  ${key}  (${refs.slice(0, 4).join(' ')})`);

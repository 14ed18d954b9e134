// A mirror in our own format (lib/dataset/publish) whose OFAC SDN list is the publication of 2019-01-04, older than
// the one shipped (2024-07-02): the shipped dataset with its OFAC SDN rows replaced by 2019's, merged by the worker's
// own composition. The publisher end-to-end tests install it first through the Dataset URL, so that the loopback
// OFAC publisher's 2021 and 2021-06-03 publications are newer than the list in use, as a list never goes back.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURATED_LIST, parseCurated } from '../../lib/dataset/curated';
import type { DatasetSource, Entity } from '../../lib/dataset/format';
import { ofacEntitySteps } from '../../lib/dataset/ofac';
import { runToEnd } from '../../lib/stepwise';
import { compose } from '../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';
import { publish, type Publication } from '../dataset/publication';
import { DEFAULT_DATASET, loadDataset, ROOT } from '../dataset-files';
import { ofacRowsOf } from './publications';

export const MIRROR_OFAC_DAY = '2019-01-04';

// Composing it takes seconds; each end-to-end file and the measure would do it again. It is kept under .output,
// keyed by the contents of what makes it (the shipped dataset's manifest, the curated file, the code that builds it).
const CACHE = join(ROOT, '.output/publishers-cache');
const MADE_BY = ['public/dataset/manifest.json', 'lib/dataset/curated.json', 'lib/dataset/curated.ts', 'lib/dataset/ofac.ts', 'lib/dataset/merge.ts', 'lib/dataset/format.ts', 'lib/dataset/jsonl.ts', 'lib/sync/publishers/compose.ts', 'scripts/publishers/older-mirror.ts', 'scripts/dataset/publication.ts'];

interface Kept {
  manifest: Publication['manifest'];
  versions: Publication['versions'];
  paths: string[];
}

/**
 * The mirror's publication (manifest and files), its version a second after the shipped one's; made once a checkout.
 * A second, not more: the first check's publication is stamped with the clock, and must be newer than the mirror also
 * right after the dataset was rebuilt (an hour's gap failed every publisher test in the hour after a rebuild).
 */
export function olderOfacMirror(): Publication {
  const hash = createHash('sha256');
  for (const rel of MADE_BY) hash.update(readFileSync(join(ROOT, rel)));
  const dir = join(CACHE, `older-mirror-${hash.digest('hex').slice(0, 16)}`);
  const index = join(dir, 'publication.json');
  if (existsSync(index)) {
    const kept = JSON.parse(readFileSync(index, 'utf8')) as Kept;
    return { manifest: kept.manifest, versions: kept.versions, files: new Map(kept.paths.map((p, i) => [p, new Uint8Array(readFileSync(join(dir, `${i}.bin`)))])) };
  }
  const made = makeOlderOfacMirror();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = [...made.files.keys()];
  paths.forEach((p, i) => writeFileSync(join(dir, `${i}.bin`), made.files.get(p)!));
  // Written last: a run stopped midway leaves no index, so the next one makes it again.
  writeFileSync(index, JSON.stringify({ manifest: made.manifest, versions: made.versions, paths } satisfies Kept));
  return made;
}

function makeOlderOfacMirror(): Publication {
  const shipped = loadDataset(DEFAULT_DATASET);
  const ofac = runToEnd(ofacEntitySteps(ofacRowsOf(MIRROR_OFAC_DAY))).records;
  const source = PUBLISHER_SOURCES['ofac-sdn'];
  const curated = parseCurated(readFileSync(join(ROOT, 'lib/dataset/curated.json'), 'utf8'), 'curated.json').records;
  // installedAt null: the shipped OFAC rows are replaced, with no change events (a mirror, not a publication's diff).
  const { entities: composed } = compose(shipped.entities, [{ source, entities: ofac, publishedAt: `${MIRROR_OFAC_DAY}T00:00:00.000Z`, installedAt: null, confirmed: true, namesComparable: false }], curated);
  // A record of another list keeps its events, among them OFAC's history of the shipped data up to 2024 ('Appeared on
  // the OFAC SDN list' between 2019 and 2021): a list of 2019 cannot know them, and the first check would tell them twice.
  // Likewise an OFAC entry the shipped data holds as delisted and 2019's list lacks came and went after 2019 (the
  // shipped data knows no OFAC list before it): the mirror keeps no trace of it, or the check would 'list it again'.
  const list = source.lists[0];
  const in2019 = new Set(ofac.flatMap((e) => e.sources.filter((s) => s.list === list).map((s) => s.ref)));
  const entities: Entity[] = [];
  for (const e of composed) {
    const events = e.events.filter((x) => x.list !== list || x.date.slice(0, 10) <= MIRROR_OFAC_DAY);
    const refs = e.sources.filter((s) => s.list === list).map((s) => s.ref);
    if (refs.length === 0 || refs.some((r) => in2019.has(r))) {
      entities.push({ ...e, events });
      continue;
    }
    const sources = e.sources.filter((s) => s.list !== list);
    if (sources.some((s) => s.list !== CURATED_LIST)) entities.push({ ...e, sources, sanctions: e.sanctions.filter((s) => s.list !== list), events: events.filter((x) => x.list !== list) });
  }
  const ofacLine = /^OFAC (Specially Designated Nationals list|SDN aliases and addresses)/;
  const sources: DatasetSource[] = [
    ...shipped.manifest.sources.filter((s) => !ofacLine.test(s.name)),
    { name: 'OFAC Specially Designated Nationals list (sdn.csv, alt.csv, add.csv), test mirror', publisher: source.publisher, snapshot: MIRROR_OFAC_DAY, licence: source.licence, url: source.homepage },
  ];
  return publish([{ created: new Date(Date.parse(shipped.manifest.created) + 1000), entities, sources }]);
}

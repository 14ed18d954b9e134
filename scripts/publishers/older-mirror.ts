// A mirror in our own format (lib/dataset/publish) whose OFAC SDN list is the publication of 2019-01-04, older than
// the one shipped (2024-07-02): the shipped dataset with its OFAC SDN rows replaced by 2019's, merged by the worker's
// own composition. The publisher end-to-end tests install it first through the Dataset URL, so that the loopback
// OFAC publisher's 2021 and 2021-06-03 publications are newer than the list in use, as a list never goes back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCurated } from '../../lib/dataset/curated';
import type { DatasetSource } from '../../lib/dataset/format';
import { ofacEntitySteps } from '../../lib/dataset/ofac';
import { runToEnd } from '../../lib/stepwise';
import { compose } from '../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';
import { publish, type Publication } from '../dataset/publication';
import { DEFAULT_DATASET, loadDataset, ROOT } from '../dataset-files';
import { ofacRowsOf } from './publications';

export const MIRROR_OFAC_DAY = '2019-01-04';

/** The mirror's publication (manifest and files), its version an hour after the shipped one's. */
export function olderOfacMirror(): Publication {
  const shipped = loadDataset(DEFAULT_DATASET);
  const ofac = runToEnd(ofacEntitySteps(ofacRowsOf(MIRROR_OFAC_DAY))).records;
  const source = PUBLISHER_SOURCES['ofac-sdn'];
  const curated = parseCurated(readFileSync(join(ROOT, 'lib/dataset/curated.json'), 'utf8'), 'curated.json').records;
  // installedAt null: the shipped OFAC rows are replaced, with no change events (a mirror, not a publication's diff).
  const { entities } = compose(shipped.entities, [{ source, entities: ofac, publishedAt: `${MIRROR_OFAC_DAY}T00:00:00.000Z`, installedAt: null, confirmed: true, namesComparable: false }], curated);
  const ofacLine = /^OFAC (Specially Designated Nationals list|SDN aliases and addresses)/;
  const sources: DatasetSource[] = [
    ...shipped.manifest.sources.filter((s) => !ofacLine.test(s.name)),
    { name: 'OFAC Specially Designated Nationals list (sdn.csv, alt.csv, add.csv), test mirror', publisher: source.publisher, snapshot: MIRROR_OFAC_DAY, licence: source.licence, url: source.homepage },
  ];
  return publish([{ created: new Date(Date.parse(shipped.manifest.created) + 3_600_000), entities, sources }]);
}

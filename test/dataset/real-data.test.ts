// Checks against the full files in ../shared/data; skipped (with a message) where that directory is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { parseSdnCsv } from '../../lib/dataset/ofac';
import { applyChanges, parseChangeLog } from '../../lib/dataset/ofac-history';

const data = join(__dirname, '../../../shared/data');
const present = existsSync(join(data, 'ofac/sdn_2024-07-02.csv.gz'));
if (!present) console.warn(`real-data tests skipped: ${data} not found`);

describe.skipIf(!present)('the real OFAC files', () => {
  const read = (rel: string) => decodeLatin1(gunzipSync(readFileSync(join(data, rel))));

  it('reads all 15,443 records of the 2024-07-02 SDN file without a problem', () => {
    const r = parseSdnCsv(read('ofac/sdn_2024-07-02.csv.gz'), 'sdn_2024-07-02.csv');
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(15443);
  });

  it('reads all 8,878 records of the 2021-05-22 and 7,379 of the 2019-01-04 file', () => {
    expect(parseSdnCsv(read('ofac/sdn_2021-05-22.csv.gz'), 'a').records).toHaveLength(8878);
    expect(parseSdnCsv(read('ofac/2019-01-04/sdn.csv.gz'), 'b').records).toHaveLength(7379);
  });

  it('rebuilds the full 2024-07-02 file from the 2021-05-22 one and the 10,259-change log', () => {
    const raw = (rel: string) =>
      new Map(read(rel).split('\r\n').filter((l) => /^\d/.test(l)).map((l) => [l.split(',')[0], l]));
    const log = parseChangeLog(gunzipSync(readFileSync(join(data, 'ofac/sdn_csv_changes_2021-05-22_to_2024-07-02.jsonl.gz'))).toString('utf8'), 'changes');
    expect(log.problems).toEqual([]);
    expect(log.records).toHaveLength(10259);
    const rebuilt = applyChanges(raw('ofac/sdn_2021-05-22.csv.gz'), log.records, 'changes');
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.snapshot).toEqual(raw('ofac/sdn_2024-07-02.csv.gz'));
  });
});

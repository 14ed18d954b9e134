// Cuts the OFAC publications the publishers' server serves without ../shared (test/fixtures/publishers/ofac/<date>/)
// from the real files in ../shared/data: the same few dozen ent_nums in every file of every date, lines copied byte for
// byte. Run: npx tsx scripts/publishers/cut-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAddCsv, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';
import {
  DEFAULT_DATA_DIR, FIXTURES_DIR, OFAC_DATES, OFAC_NAMES, SharedDataMissingError, entNumOf, isVenezuelaProgram, ofacBytes, ofacLines,
  ofacPublication, sharedDataPresent, OFAC_PATHS, type OfacDate, type OfacName,
} from './publications';

/** Besides the Venezuela sample: two entries with aliases and addresses in every set, and three Venezuelan officials listed under SDNTK. */
const EXTRA = ['36', '306', '11185', '11186', '12885'];
/**
 * Every eighth Venezuela programme entry of any date is kept (in ent_num order), and every second of those already
 * listed on 2019-01-04 (most were listed later): a few dozen in each publication, some in all three, some not.
 */
const EVERY = 8;
const EVERY_2019 = 2;

if (!sharedDataPresent()) throw new SharedDataMissingError(DEFAULT_DATA_DIR);
const publications = new Map(OFAC_DATES.map((date) => [date, ofacPublication(date)]));
const bytesOf = (date: OfacDate, name: OfacName) => publications.get(date)?.get(OFAC_PATHS[name]) ?? new Uint8Array();

const venezuelaOf = (date: OfacDate) =>
  ofacLines(bytesOf(date, 'sdn')).lines.flatMap((line, i) => {
    const entNum = entNumOf(line);
    return entNum && isVenezuelaProgram(line, i + 1) ? [entNum] : [];
  });
const everyNth = (entNums: Iterable<string>, n: number) => [...new Set(entNums)].sort((a, b) => Number(a) - Number(b)).filter((_, i) => i % n === 0);
const keep = new Set([...everyNth(OFAC_DATES.flatMap(venezuelaOf), EVERY), ...everyNth(venezuelaOf('2019-01-04'), EVERY_2019), ...EXTRA]);

const parsers = { sdn: parseSdnCsv, alt: parseAltCsv, add: parseAddCsv };
for (const date of OFAC_DATES) {
  const dir = join(FIXTURES_DIR, 'ofac', date);
  mkdirSync(dir, { recursive: true });
  const counts: string[] = [];
  for (const name of OFAC_NAMES) {
    const { lines, trailer } = ofacLines(bytesOf(date, name));
    const kept = lines.filter((line) => keep.has(entNumOf(line) ?? ''));
    const bytes = ofacBytes(kept, trailer);
    // A record spread over several lines would be cut in two here: the reader must see exactly the lines kept.
    const read = parsers[name](Buffer.from(bytes).toString('latin1'), `${date}/${name}.csv`);
    if (read.records.length !== kept.length || read.problems.length > 0) throw new Error(`${date}/${name}.csv: ${kept.length} lines kept, ${read.records.length} records read, ${read.problems.length} problems`);
    writeFileSync(join(dir, `${name}.csv`), bytes);
    counts.push(`${name} ${kept.length}`);
  }
  console.log(`${date}: ${counts.join(', ')}`);
}
console.log(`ent_nums: ${[...keep].sort((a, b) => Number(a) - Number(b)).join(', ')}`);

// Cuts the matcher's test fixture from the real OFAC files in ../shared/data: a few dozen SDN records chosen
// for the hard cases (same-name father and son, family-name-first names, transliterations, common names,
// a vessel named FREEDOM, acronyms). Run: npx tsx scripts/cut-match-fixtures.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from './dataset-files';
import { readOfacEntities } from './ofac-csv';

const PICK = [
  22790, 26946, 25079, 11186, 11185, 17810, 26367, 27008, 12735, 29279, 20157, 9760, 9797, 31123, 34596, 39256, 29220, 27225, 35096,
  29485, 27150, 19428, 26640, 30421, 10391, 4697, 173, 24083, 24283, 22149, 21165, 6635, 11377, 22060, 18299,
].map(String);

const entities = readOfacEntities(
  {
    sdn: join(SHARED, 'data/ofac/sdn_2024-07-02.csv.gz'),
    alt: join(SHARED, 'data/ofac/2025-01-06/alt.csv.gz'),
    add: join(SHARED, 'data/ofac/2025-01-06/add.csv.gz'),
  },
  new Set(PICK),
);
const out = join(ROOT, 'test/fixtures/match/ofac-sample.jsonl');
writeFileSync(out, entities.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`${entities.length} entities written to ${out}`);

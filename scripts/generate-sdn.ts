// npm run dataset:generate -- --count 1000000 --out DIR
// Writes a synthetic OFAC-format sdn.csv.gz / alt.csv.gz / add.csv.gz of any size, to measure the builder's
// time and memory at scale. The names are made up from syllables; no row describes a real party.

import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values: args } = parseArgs({
  options: { count: { type: 'string', default: '1000000' }, out: { type: 'string', default: 'test-output/generated' } },
});
const count = Number(args.count);
if (!Number.isInteger(count) || count <= 0) throw new Error(`--count must be a positive integer: ${args.count}`);
const out = resolve(args.out);
mkdirSync(out, { recursive: true });

// A fixed-seed generator so two runs write the same files.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const SYL = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sul', 'dar', 'ne', 'ghi', 'por', 'zu', 'bel', 'an', 'tri', 'mos'];
const word = () => {
  const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYL)).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const PROGRAMS = ['SDGT', 'VENEZUELA', 'RUSSIA-EO14024', 'IRAN', 'SDNTK', 'CYBER2', 'GLOMAG'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const COUNTRIES = ['Venezuela', 'Russia', 'Iran', 'Colombia', 'Mexico', 'Turkey', 'China'];

function writer(name: string) {
  const gz = createGzip({ level: 1 });
  gz.pipe(createWriteStream(join(out, name)));
  return {
    async line(s: string) {
      if (!gz.write(`${s}\r\n`)) await once(gz, 'drain');
    },
    async end() {
      gz.end('\x1a');
      await once(gz, 'end');
    },
  };
}

const sdn = writer('sdn.csv.gz');
const alt = writer('alt.csv.gz');
const add = writer('add.csv.gz');
let altNum = 1;
for (let i = 1; i <= count; i++) {
  const person = rand() < 0.6;
  const name = person ? `${word().toUpperCase()} ${word().toUpperCase()}, ${word()} ${word()}` : `${word().toUpperCase()} ${pick(['LLC', 'S.A.', 'TRADING', 'HOLDING'])}`;
  const programs = rand() < 0.2 ? `${pick(PROGRAMS)}] [${pick(PROGRAMS)}` : pick(PROGRAMS);
  const country = pick(COUNTRIES);
  const remarks = person
    ? `DOB ${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${1940 + Math.floor(rand() * 60)}; POB ${word()}, ${country}; nationality ${country}; Passport ${Math.floor(rand() * 1e9)} (${country}).`
    : `Organization Established Date ${1950 + Math.floor(rand() * 70)}; Registration ID ${Math.floor(rand() * 1e9)} (${country}).`;
  await sdn.line(`${i},"${name}",${person ? '"individual"' : '-0- '},"${programs}",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"${remarks}"`);
  if (rand() < 0.3) await alt.line(`${i},${altNum++},"aka","${word().toUpperCase()}, ${word()}",-0- `);
  await add.line(`${i},${i},-0- ,"${word()}","${country}",-0- `);
}
await Promise.all([sdn.end(), alt.end(), add.end()]);
console.log(`wrote ${count} entries (${altNum - 1} aliases) to ${out}`);

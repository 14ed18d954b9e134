// The builder (scripts/build-dataset.ts) run on small files: a consolidated-list record folded into the SDN entry of
// its ent_num brings names the whole-name rule counts, as the worker's compose counts them on the folded entity.
// Real rows (test/fixtures/same-name); one change, said below.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';

const fx = join(__dirname, '../fixtures/same-name');
const ofacLines = (f: string, keep: (line: string) => boolean) =>
  Buffer.concat([...readFileSync(join(fx, f)).toString('latin1').split('\r\n')].filter((l) => l !== '\x1a' && l !== '' && keep(l)).map((l) => Buffer.from(`${l}\r\n`, 'latin1')));

describe('the builder counts the names a consolidated-list record brings to its SDN entry', () => {
  it('merges the UN record that carries only such a name: YEi.004 into 17927 when the consolidated list gives "AL-HOUTHI, Abdul-Malik"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cons-'));
    mkdirSync(join(dir, 'un'));
    mkdirSync(join(dir, 'ofac/cons_2025-12-19'), { recursive: true });
    writeFileSync(join(dir, 'un/UN_consolidated_2026-02-27.xml.gz'), gzipSync(readFileSync(join(fx, 'UN_consolidated_2026-02-27.sample.xml'))));
    const is17927 = (l: string) => l.startsWith('17927,');
    // The one change: the SDN row of 17927 keeps only "AL HOUTHI" and no alias, so his full names come from the
    // consolidated list's row of the same ent_num (the real SDN row and aliases, moved there).
    const sdnRow = ofacLines('sdn_2024-07-02.sample.csv', is17927).toString('latin1').replace('"AL HOUTHI, Abdul Malik"', '"AL HOUTHI"');
    writeFileSync(join(dir, 'sdn.csv'), Buffer.concat([ofacLines('sdn_2024-07-02.sample.csv', (l) => !is17927(l)), Buffer.from(sdnRow, 'latin1')]));
    writeFileSync(join(dir, 'alt.csv'), ofacLines('alt_2025-01-06.sample.csv', (l) => !is17927(l)));
    writeFileSync(join(dir, 'add.csv'), ofacLines('add_2025-01-06.sample.csv', () => true));
    writeFileSync(join(dir, 'ofac/cons_2025-12-19/cons_prim.csv.gz'), gzipSync(ofacLines('sdn_2024-07-02.sample.csv', is17927)));
    writeFileSync(join(dir, 'ofac/cons_2025-12-19/cons_alt.csv.gz'), gzipSync(ofacLines('alt_2025-01-06.sample.csv', is17927)));
    writeFileSync(join(dir, 'ofac/cons_2025-12-19/cons_add.csv.gz'), gzipSync(ofacLines('add_2025-01-06.sample.csv', is17927)));
    const out = join(dir, 'out');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--data', dir, '--out', out, '--sdn', join(dir, 'sdn.csv'), '--alt', join(dir, 'alt.csv'),
      '--add', join(dir, 'add.csv'), '--no-history', '--no-eu', '--no-curated', '--created', '2026-12-06T00:00:00Z'], { cwd: join(__dirname, '../..'), stdio: 'pipe' });
    const entities = gunzipSync(readFileSync(join(out, 'entities.jsonl.gz'))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Entity);
    const houthi = entities.find((e) => e.id === 'ofac-17927')!;
    expect(houthi.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'us-ofac-cons', 'un-sc-consolidated']);
    expect(entities.some((e) => e.id === 'un-YEi.004')).toBe(false);
  });
});

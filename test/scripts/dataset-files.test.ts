import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadEntities } from '../../scripts/dataset-files';
import { fixtureEntities } from '../match/fixtures';

describe('loading a dataset directory (--dataset DIR)', () => {
  it('reads the manifest and its gzip’d JSON lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    writeFileSync(join(dir, 'entities.jsonl.gz'), gzipSync(fixtureEntities.map((e) => JSON.stringify(e)).join('\n') + '\n'));
    const manifest = { format: 1, version: 'test', created: '2026-01-01', entities: fixtureEntities.length, names: 0, sources: [], files: [{ path: 'entities.jsonl.gz', sha256: '', bytes: 0, records: fixtureEntities.length }] };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { entities } = loadEntities(dir);
    expect(entities.map((e) => e.id)).toEqual(fixtureEntities.map((e) => e.id));
  });

  it('refuses a record that is not an entity, saying where it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    writeFileSync(join(dir, 'entities.jsonl.gz'), gzipSync('{"id":"x","name":"X","kind":"planet","names":[]}\n'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files: [{ path: 'entities.jsonl.gz' }] }));
    expect(() => loadEntities(dir)).toThrow(/entities\.jsonl\.gz:1 \(x\): "kind" must be one of person/);
  });

  it('says so when the directory has no dataset', () => {
    expect(() => loadEntities(join(tmpdir(), 'no-such-dataset'))).toThrow(/no manifest\.json/);
  });
});

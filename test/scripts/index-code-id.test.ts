import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCodeId } from '../../scripts/index-code-id';
import { cachedIndexKey } from '../../utils/index-cache-rows';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'index-code-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const base = { 'lib/match/context-words.ts': "export const WORDS = ['sanctions'];", 'lib/names/normalize.ts': 'x', 'lib/search/query.ts': 'y' };

describe('the id of the index-building code', () => {
  it('changes when a matcher, names or search source file changes, and only then', () => {
    const id = indexCodeId(tree(base));
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(indexCodeId(tree(base))).toBe(id);
    expect(indexCodeId(tree({ ...base, 'lib/match/context-words.ts': "export const WORDS = ['sanctions', 'sanciones'];" }))).not.toBe(id);
    expect(indexCodeId(tree({ ...base, 'lib/names/extra/new-table.json': '{}' }))).not.toBe(id);
    expect(indexCodeId(tree({ ...base, 'lib/sync/engine.ts': 'z' }))).toBe(id);
    expect(indexCodeId(tree({ ...base, 'lib/match/context-words.test.ts': 'test' }))).toBe(id);
  });

  it('is part of a cached index row key, so two builds of the same dataset do not share a row', () => {
    expect(cachedIndexKey('names', 'v1', 'aaaa')).not.toBe(cachedIndexKey('names', 'v1', 'bbbb'));
    expect(cachedIndexKey('search', 'v1', 'aaaa')).toBe('search|v1|aaaa');
  });
});

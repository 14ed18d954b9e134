// The layering ARCHITECTURE.md describes, checked on every run: no import cycles (type-only imports count, since a
// cycle of types is how a cycle of code starts), lib/ imports nothing of the browser side, and no entrypoint imports
// another. dpdm reads the TypeScript imports and resolves the `@/` alias through tsconfig.json.
import { resolve } from 'node:path';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['lib', 'entrypoints', 'components', 'utils', 'scripts', 'test'].map((d) => `${d}/**/*.{ts,tsx}`);

let tree: DependencyTree;
/** Every import between the project's own files, as [importer, imported], paths relative to the root. */
let edges: [string, string][];

beforeAll(async () => {
  tree = await parseDependencyTree(SOURCES, { cwd: ROOT, context: ROOT, tsconfig: resolve(ROOT, 'tsconfig.json'), transform: false, skipDynamicImports: false });
  edges = [];
  for (const [file, deps] of Object.entries(tree)) {
    for (const d of deps ?? []) if (d.id && !d.id.includes('node_modules')) edges.push([file, d.id]);
  }
}, 60_000);

const top = (path: string) => path.split('/')[0];
const entrypoint = (path: string) => (path.startsWith('entrypoints/') ? path.split('/')[1].replace(/\.[^.]+$/, '') : null);

describe('the import graph', () => {
  it('reads the whole project', () => {
    expect(Object.keys(tree).filter((f) => f.startsWith('lib/')).length).toBeGreaterThan(40);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('has no import cycles', () => {
    expect(parseCircular(tree).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('keeps lib/ pure: it imports only lib/, shipped data files and packages that run anywhere', () => {
    const data = (to: string) => top(to) === 'public' && to.endsWith('.json');
    const outside = edges.filter(([from, to]) => from.startsWith('lib/') && top(to) !== 'lib' && !data(to)).map((e) => e.join(' -> '));
    expect(outside).toEqual([]);
    const browserOnly = /^(dexie|wxt|webextension-polyfill|@wxt-dev\/|preact)/;
    const packages = Object.entries(tree)
      .filter(([f]) => f.startsWith('lib/'))
      .flatMap(([f, deps]) => (deps ?? []).filter((d) => browserOnly.test(d.request)).map((d) => `${f} -> ${d.request}`));
    expect(packages).toEqual([]);
  });

  it('has no entrypoint importing another, and components, utils and lib importing none', () => {
    const crossing = edges.filter(([from, to]) => {
      const target = entrypoint(to);
      if (target === null || from.startsWith('test/') || from.startsWith('scripts/')) return false;
      return entrypoint(from) !== target;
    });
    expect(crossing.map((e) => e.join(' -> '))).toEqual([]);
  });
});

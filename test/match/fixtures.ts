// The matcher's fixture entities (see test/fixtures/match/README.md), loaded once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../lib/dataset/format';

const DIR = join(import.meta.dirname, '../fixtures/match');

function read(file: string): Entity[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entity);
}

export const fixtureEntities: Entity[] = [...read('ofac-sample.jsonl'), ...read('curated.jsonl')];

/** A minimal record for a test's own made-up entity. */
export function entity(id: string, name: string, kind: Entity['kind'], active: boolean | null, extra: Partial<Entity> = {}): Entity {
  return {
    id, kind, name, names: [{ name, type: 'primary' }],
    birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], events: [],
    sanctions: active === null ? [] : [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'SDGT', status: active ? 'active' : 'delisted' }],
    ...extra,
  };
}

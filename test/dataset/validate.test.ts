// The record check's messages name the line, the record, the field and what was wrong: they reach the reader
// (a failed sync says which line of the download was bad) and whoever fixes the dataset.
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../lib/dataset/manifest';
import { toEntity } from '../../lib/dataset/validate';

const good = {
  id: 'ofac-1',
  kind: 'person',
  name: 'MADURO MOROS, Nicolas',
  names: [{ name: 'MADURO MOROS, Nicolas', type: 'primary' }],
  birthDates: ['1962-11-23'],
  birthPlaces: [],
  nationalities: ['Venezuela'],
  countries: ['Venezuela'],
  positions: [],
  identifiers: [{ type: 'Cedula', value: '5892464', country: '' }],
  sources: [{ list: 'us-ofac-sdn', ref: '1' }],
  sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'active', reason: '', sourceUrl: 'https://Example.org' }],
  events: [{ date: '2017-07-31', precision: 'day', type: 'designated', authority: 'US OFAC', summary: 'Designated' }],
  extra: 'dropped',
};

const message = (change: (e: Record<string, any>) => void): string => {
  const e = structuredClone(good) as Record<string, any>;
  change(e);
  try {
    toEntity(e, 'line 12');
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};

describe('record check', () => {
  it('keeps known fields, drops unknown ones and empty optional ones, and normalises links', () => {
    const e = toEntity(structuredClone(good), 'line 1');
    expect(e).not.toHaveProperty('extra');
    expect(e.identifiers[0]).toEqual({ type: 'Cedula', value: '5892464' });
    expect(e.sanctions[0]).toEqual({ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'active', sourceUrl: 'https://example.org/' });
  });

  it('says where and what in words', () => {
    expect(message((e) => (e.kind = 'spaceship'))).toBe('line 12 (ofac-1): "kind" must be one of person, organization, agency, vessel, aircraft');
    expect(message((e) => delete e.name)).toBe('line 12 (ofac-1): "name" must be a non-empty string');
    expect(message((e) => (e.names[0].type = 'nick'))).toBe('line 12 (ofac-1) names[0]: "type" must be one of primary, aka, fka, weak, script');
    expect(message((e) => (e.names[0] = 'x'))).toBe('line 12 (ofac-1): "names[0]" must be an object');
    expect(message((e) => (e.birthDates = ['1962', 7]))).toBe('line 12 (ofac-1): "birthDates[1]" must be a string');
    expect(message((e) => (e.sanctions[0].sourceUrl = 'javascript:alert(1)'))).toBe('line 12 (ofac-1) sanctions[0]: "sourceUrl" is not an http(s) link');
    expect(message((e) => (e.sanctions[0].listed = '31.7.2017'))).toBe('line 12 (ofac-1) sanctions[0]: "listed" must be YYYY-MM-DD');
    expect(message((e) => delete e.events[0].date)).toBe('line 12 (ofac-1) events[0]: "date" is required');
    expect(message((e) => (e.events[0].precision = 'between'))).toBe(`line 12 (ofac-1) events[0]: a 'between' event needs "after"`);
    expect(message((e) => (e.id = 3))).toBe('line 12 (?): "id" must be a non-empty string');
    expect(() => toEntity([], 'line 12')).toThrow('line 12: not an object');
  });

  it('refuses a text or a list far longer than any real record, saying which and how long it may be', () => {
    expect(message((e) => (e.names[0].name = 'A'.repeat(1_000_000)))).toBe('line 12 (ofac-1) names[0]: "name" must be at most 2,000 characters');
    expect(message((e) => (e.name = 'A'.repeat(2001)))).toBe('line 12 (ofac-1): "name" must be at most 2,000 characters');
    expect(message((e) => (e.names = Array.from({ length: 2001 }, (_, i) => ({ name: `N ${i}`, type: 'aka' }))))).toBe('line 12 (ofac-1): "names" must have at most 2,000 items');
    expect(message((e) => (e.countries = Array.from({ length: 1001 }, () => 'Venezuela')))).toBe('line 12 (ofac-1): "countries" must have at most 1,000 items');
    expect(message((e) => (e.positions = ['x'.repeat(2001)]))).toBe('line 12 (ofac-1): "positions[0]" must be at most 2,000 characters');
    expect(message((e) => (e.identifiers[0].country = 'x'.repeat(2001)))).toBe('line 12 (ofac-1) identifiers[0]: "country" must be at most 2,000 characters');
    expect(message((e) => (e.sanctions[0].reason = 'x'.repeat(20_001)))).toBe('line 12 (ofac-1) sanctions[0]: "reason" must be at most 20,000 characters');
    expect(message((e) => (e.sanctions[0].sourceUrl = `https://example.org/${'x'.repeat(2000)}`))).toBe('line 12 (ofac-1) sanctions[0]: "sourceUrl" must be at most 2,000 characters');
    expect(message((e) => (e.events = Array.from({ length: 1001 }, () => e.events[0])))).toBe('line 12 (ofac-1): "events" must have at most 1,000 items');
    // At the limits, a record passes.
    expect(message((e) => {
      e.names[0].name = 'A'.repeat(2000);
      e.sanctions[0].reason = 'x'.repeat(20_000);
      e.countries = Array.from({ length: 1000 }, () => 'Venezuela');
    })).toBe('no error');
  });

  it('checks a manifest the same way', () => {
    const manifest = { format: 1, version: '2024-07-02T00.00.00Z-1a2b3c4d', created: '2024-07-02T00:00:00Z', entities: 1, names: 1, sources: [], files: [{ path: 'e.jsonl.gz', sha256: 'x', bytes: 1, records: 1 }] };
    expect(() => parseManifest(manifest)).toThrow('manifest files[0]: bad sha256');
    expect(() => parseManifest({ ...manifest, format: 2 })).toThrow('manifest: format 2 is not 1');
    expect(() => parseManifest({ ...manifest, entities: -1 })).toThrow('manifest: "entities" must be a non-negative integer');
  });
});

// Settings an organisation sets through managed storage stand over the reader's own; a bad field is left out alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isManaged, parseManaged, withManagedPublishers, withManagedSync } from '../../lib/sync/managed';
import { PUBLISHER_IDS } from '../../lib/sync/publishers/ids';
import { DEFAULT_PUBLISHER_SETTINGS } from '../../lib/sync/publishers/status';

const reader = { url: 'https://reader.example/manifest.json', intervalHours: 12 };

describe('managed settings', () => {
  it('reads a full policy as the organisation wrote it', () => {
    const managed = parseManaged({
      datasetUrl: ' https://mirror.example.org/sanctions-lens/manifest.json ',
      checkIntervalHours: 6,
      publisherUpdates: true,
      publisherSources: { 'ofac-sdn': true, eu: false },
    });
    expect(managed).toEqual({
      datasetUrl: 'https://mirror.example.org/sanctions-lens/manifest.json',
      checkIntervalHours: 6,
      publisherUpdates: true,
      publisherSources: { 'ofac-sdn': true, eu: false },
    });
    expect(isManaged(managed)).toBe(true);
  });

  it('leaves out each bad field on its own and keeps the rest', () => {
    expect(parseManaged({ datasetUrl: 'http://mirror.example.org/m.json', checkIntervalHours: 'often', publisherUpdates: 'yes', publisherSources: { un: 'on', uk: true, nowhere: true } })).toEqual({
      publisherSources: { uk: true },
    });
    expect(parseManaged({ checkIntervalHours: 10_000 })).toEqual({ checkIntervalHours: 168 });
    expect(parseManaged({ datasetUrl: '' })).toEqual({ datasetUrl: '' });
  });

  it('is nothing at all when no policy is set, or it is not an object', () => {
    for (const value of [undefined, null, {}, 'x', 42, []]) {
      expect(parseManaged(value)).toEqual({});
      expect(isManaged(parseManaged(value))).toBe(false);
    }
  });

  it('sets the mirror and the interval over the reader’s, field by field', () => {
    expect(withManagedSync(reader, {})).toEqual(reader);
    expect(withManagedSync(reader, { datasetUrl: 'https://mirror.example.org/m.json' })).toEqual({ url: 'https://mirror.example.org/m.json', intervalHours: 12 });
    expect(withManagedSync(reader, { checkIntervalHours: 24 })).toEqual({ url: reader.url, intervalHours: 24 });
    // An organisation can turn the mirror off: '' is a value, not a missing one.
    expect(withManagedSync(reader, { datasetUrl: '' }).url).toBe('');
  });

  it('sets updates from the publishers and each source over the reader’s choice, the others staying the reader’s', () => {
    const mine = { ...DEFAULT_PUBLISHER_SETTINGS, on: false, sources: { ...DEFAULT_PUBLISHER_SETTINGS.sources, uk: false } };
    expect(withManagedPublishers(mine, {})).toEqual(mine);
    const merged = withManagedPublishers(mine, { publisherUpdates: true, publisherSources: { eu: false } });
    expect(merged.on).toBe(true);
    expect(merged.sources).toEqual({ 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: false, uk: false });
    // A test origin the reader's settings carry is kept.
    expect(withManagedPublishers({ ...mine, testOrigin: 'http://127.0.0.1:9' }, { publisherUpdates: false }).testOrigin).toBe('http://127.0.0.1:9');
  });

  it('has a Chrome policy schema naming exactly the fields read, and every publisher', () => {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as {
      properties: Record<string, { type: string; properties?: Record<string, unknown> }>;
    };
    const example = { datasetUrl: 'https://m.example/manifest.json', checkIntervalHours: 3, publisherUpdates: false, publisherSources: { un: false } };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(parseManaged(example)).sort());
    expect(Object.keys(schema.properties.publisherSources.properties ?? {}).sort()).toEqual([...PUBLISHER_IDS].sort());
  });
});

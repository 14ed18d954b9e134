// How current each list is, read from the manifest's sources: the shipped builder's lines and the publishers' sync's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOld, listDates } from '../../lib/dataset/list-dates';

const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/dataset/manifest.json'), 'utf8')) as { sources: { name: string; publisher: string; snapshot: string; licence: string; url: string }[] };

describe('list dates', () => {
  it('dates each list of the shipped dataset by its own snapshot, not the build date', () => {
    expect(listDates(shipped.sources)).toEqual([
      { list: 'us-ofac-sdn', asOf: '2024-07-02' },
      { list: 'us-ofac-cons', asOf: '2025-12-19' },
      { list: 'un-sc-consolidated', asOf: '2026-02-27' },
      { list: 'eu-2017-2063', asOf: '2025-12-17' },
    ]);
  });

  it("reads the publishers' lines after an update", () => {
    const source = (name: string, snapshot: string) => ({ name, publisher: 'x', snapshot, licence: 'x', url: 'https://x.example/' });
    expect(listDates([source('OFAC SDN list', '2026-12-03T14:00:00.000Z'), source('UK Sanctions List', '2026-08-14T23:00:04.744Z'), source('Sanctions Lens curated records', '2026-12-06')])).toEqual([
      { list: 'us-ofac-sdn', asOf: '2026-12-03' },
      { list: 'gb-fcdo-sanctions', asOf: '2026-08-14' },
    ]);
  });

  it('calls a list old once more than 30 days have passed since its day', () => {
    expect(isOld('2024-07-02', Date.parse('2024-08-01T00:00:00Z'))).toBe(false);
    expect(isOld('2024-07-02', Date.parse('2024-08-01T12:00:00Z'))).toBe(true);
    expect(isOld('not a day', Date.now())).toBe(false);
  });
});

// The matcher reads an entry's country fields with its own table (the one it also finds countries on a page with).
// Every country the shipped dataset names must reach the same country there as in the popup's reader
// (lib/search/country-codes: i18n-iso-countries plus the lists' spellings); an entry whose country the matcher could
// not read got no evidence from a page about that country (Liberia, Maldives, Kosovo, "Region: Gaza" did not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseEntitiesJsonl } from '../../lib/dataset/jsonl';
import { countryCode } from '../../lib/match/context-words';
import { countryCode as isoCode } from '../../lib/search/country-codes';

const gz = readFileSync(join(__dirname, '../../public/dataset/entities.jsonl.gz'));
const { records } = parseEntitiesJsonl(gunzipSync(gz).toString('utf8'), 'entities.jsonl.gz');

// Left out on purpose: on a page these are words more often than countries ("Chad Smith", "New Jersey").
const NOT_READ_ON_PAGES = new Set(['td', 'je', 'gg', 'dm']);

describe("the dataset's country fields", () => {
  it('reach the same country in the matcher as in the popup, for every value the dataset holds', () => {
    const values = new Set<string>();
    for (const e of records) for (const c of [...e.countries, ...e.nationalities]) values.add(c);
    const unread: string[] = [];
    for (const value of values) {
      const iso = isoCode(value)?.toLowerCase();
      const own = countryCode(value);
      if (own) expect([value, own]).toEqual([value, iso ?? own]);
      else if (iso && !NOT_READ_ON_PAGES.has(iso)) unread.push(`${value} (${iso})`);
    }
    expect(unread).toEqual([]);
  });

  it("reads OFAC's regions by their country", () => {
    expect(countryCode('Region: Gaza')).toBe('ps');
    expect(countryCode('Region: West Bank')).toBe('ps');
    expect(countryCode('Region: Crimea')).toBeUndefined();
  });
});

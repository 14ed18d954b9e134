// The installed OFAC publication's rows as kept in storage: JSON text in pieces, which read back to the same rows.
import { describe, expect, it } from 'vitest';
import { decodeOfacRows, encodeOfacRows } from '../../../lib/sync/publishers/ofac-rows';
import { rowsOfFiles } from '../../../scripts/publishers/ofac-changes';
import { OFAC_PATHS, ofacPublication } from '../../../scripts/publishers/publications';

describe("the installed OFAC rows in storage", () => {
  it('are strings of at most 200 rows that read back to the same rows', async () => {
    const files = ofacPublication('2024-07-02', { fixturesOnly: true });
    const rows = rowsOfFiles({ sdn: files.get(OFAC_PATHS.sdn)!, alt: files.get(OFAC_PATHS.alt)!, add: files.get(OFAC_PATHS.add)! });
    const many = { sdn: Array.from({ length: 5 }, () => rows.sdn).flat(), alt: rows.alt, add: rows.add };
    const stored = await encodeOfacRows(many);
    expect(stored.sdn).toHaveLength(2);
    for (const piece of [...stored.sdn, ...stored.alt, ...stored.add]) {
      expect(typeof piece).toBe('string');
      expect((JSON.parse(piece) as unknown[]).length).toBeLessThanOrEqual(200);
    }
    expect(await decodeOfacRows(structuredClone(stored))).toEqual(many);
  });
});

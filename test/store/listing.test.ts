// The store listing says what the manifest says: each language's short description is the manifest's description
// in that language, within the Chrome Web Store's 132 characters.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const catalog = (lang: string) => JSON.parse(readFileSync(resolve(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** The paragraph under a listing's "## Short description …" or "## Descripción breve …" heading. */
function shortDescription(lang: string): string {
  const text = readFileSync(resolve(root, `store/listing.${lang}.md`), 'utf8');
  const m = /^## (?:Short description|Descripción breve)[^\n]*\n\n([^\n]+)/m.exec(text);
  if (!m) throw new Error(`store/listing.${lang}.md has no short description`);
  return m[1];
}

describe('store listing', () => {
  for (const lang of ['en', 'es']) {
    it(`[${lang}] short description is the manifest's, at most 132 characters`, () => {
      const manifest = catalog(lang).extDescription.message;
      expect(shortDescription(lang)).toBe(manifest);
      expect([...manifest].length).toBeLessThanOrEqual(132);
    });
  }

  it('names in the privacy policy every host the publishers are fetched from', async () => {
    const { PUBLISHER_SOURCES } = await import('../../lib/sync/publishers/sources');
    const policy = readFileSync(resolve(root, 'store/PRIVACY.md'), 'utf8');
    for (const source of Object.values(PUBLISHER_SOURCES)) {
      for (const host of source.hosts) expect(policy, `${source.id}: ${host}`).toContain(host);
      for (const file of [...source.files, ...(source.feed ? [source.feed] : [])]) expect(policy, file.url).toContain(file.url);
    }
  });
});

// The news corpus (test/corpus/news) that npm run eval scores: each page is in one half of the split, says where it
// comes from, and every annotated text is on the page, so the held-out figures are computed on what was declared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, 'corpus/news');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];

interface Ann { text: string }
interface NewsAnnotation {
  page: string;
  url: string;
  outlet: string;
  language: string;
  half?: string;
  expect: Ann[];
  optional?: Ann[];
  weak?: Ann[];
}

describe.skipIf(files.length === 0)('the news corpus', () => {
  it.each(files)('%s: in a half, with its source, its page and its texts', (file) => {
    const ann = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as NewsAnnotation;
    expect(['tuning', 'held-out']).toContain(ann.half);
    expect(ann.url).toMatch(/^https?:\/\//);
    expect(ann.outlet).toBeTruthy();
    expect(['en', 'es', 'ru', 'uk', 'ar']).toContain(ann.language);
    const text = readFileSync(resolve(DIR, '..', ann.page), 'utf8');
    const flat = text.replace(/[\s\u00a0]+/g, ' ');
    const missing = [...ann.expect, ...(ann.weak ?? [])].map((a) => a.text).filter((t) => !flat.includes(t.replace(/\s+/g, ' ')));
    expect(missing).toEqual([]);
  });

  it('has both halves, each with pages in all five languages', () => {
    const anns = files.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as NewsAnnotation);
    for (const half of ['tuning', 'held-out']) {
      expect(new Set(anns.filter((a) => a.half === half).map((a) => a.language))).toEqual(new Set(['en', 'es', 'ru', 'uk', 'ar']));
    }
  });
});

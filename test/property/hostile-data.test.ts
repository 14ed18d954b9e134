// Random and adversarial input for the record validator, the tokenizer and the scanner: nothing may crash
// outside the error path, and nothing unsafe may pass as a link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { toEntity, ValidationError } from '../../lib/dataset/validate';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { tokenize } from '../../lib/names/normalize';

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u202eNicolas Maduro\u202c',
    'Nico\u00adlás Ma\u200bduro',
    '\u0000\u0001\u001f',
    'x'.repeat(5000),
    "MADURO MOROS, Nicolas'); DROP TABLE",
  ),
);
const hostileUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' javascript:alert(1)', 'file:///etc/passwd', '//evil.example/x'),
  fc.string({ maxLength: 40 }),
);

const record = fc.record({
  id: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('ofac-1')),
  kind: fc.constantFrom('person', 'organization', 'agency', 'vessel', 'aircraft', 'alien', 3),
  name: hostileText,
  names: fc.array(fc.record({ name: hostileText, type: fc.constantFrom('primary', 'aka', 'weak', 'bogus') }), { maxLength: 4 }),
  birthDates: fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }),
  birthPlaces: fc.constant([]),
  nationalities: fc.array(hostileText, { maxLength: 2 }),
  countries: fc.constant([]),
  positions: fc.array(hostileText, { maxLength: 2 }),
  identifiers: fc.constant([]),
  sources: fc.constant([]),
  sanctions: fc.array(
    fc.record({ authority: hostileText, list: fc.constant('us-ofac-sdn'), program: hostileText, status: fc.constantFrom('active', 'delisted', 'maybe'), sourceUrl: hostileUrl }),
    { maxLength: 2 },
  ),
  events: fc.array(
    fc.record({ date: fc.constantFrom('2019-05-07', '2019', 'yesterday'), precision: fc.constantFrom('day', 'between', 'year'), after: fc.constant('2019-01-04'), type: fc.constantFrom('designated', 'delisted', 'nope'), authority: hostileText, summary: hostileText, sourceUrl: hostileUrl }),
    { maxLength: 2 },
  ),
});

describe('the record validator under hostile records', () => {
  it('either returns a typed entity or throws a ValidationError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (value) => {
        try {
          toEntity(value, 'line 1');
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a non-http(s) link through', () => {
    fc.assert(
      fc.property(record, (value) => {
        let entity: Entity;
        try {
          entity = toEntity(value, 'line 1');
        } catch {
          return;
        }
        for (const url of [...entity.sanctions.map((s) => s.sourceUrl), ...entity.events.map((e) => e.sourceUrl)]) {
          if (url !== undefined) expect(new URL(url).protocol).toMatch(/^https?:$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the tokenizer and scanner under hostile text', () => {
  it('tokens lie inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  // Each run builds one index from hostile names and scans several hostile texts with it. A build of a few names
  // costs 0.6-0.8 ms at best (min of 500 in Node; the tables that are the same for every index are made once per
  // module), several on a busy machine; so the 300 builds and up to 1,200 scans took 3.1 s in the whole unit suite on a
  // 2-core machine at load 9-12 (7.5 s, and 21-22 s at heavier load, when each build made those tables again). The
  // limit, about six times that, is a guard against a hang or a build gone slow again, not a speed check.
  it('mentions found in random text with hostile listed names are in bounds and do not overlap', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), fc.array(fc.array(hostileText, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (names, texts) => {
        const entities: Entity[] = names.map((name, i) => ({
          id: `e${i}`, kind: i % 2 ? 'person' : 'organization', name, names: [{ name, type: 'primary' }],
          birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], sanctions: [], events: [],
        }));
        const index = buildNameIndex(entities);
        for (const words of texts) {
          const text = [...words, ...names].join(' ');
          let last = 0;
          for (const m of scanText(index, text)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            last = m.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 20_000);
});

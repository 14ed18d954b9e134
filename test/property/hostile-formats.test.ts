// Our own formats and messages under hostile input: the published manifest, delta lines, a dataset file as bytes,
// the messages between the extension's parts and the stored settings. Each either gives a typed, bounded value or
// refuses with its own error; a manifest that passes never names a file outside its folder or origin.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDeltaOp } from '../../lib/dataset/delta';
import { parsePublishedManifest, type PublishedManifest } from '../../lib/dataset/publish';
import { ValidationError } from '../../lib/dataset/validate';
import { BACKGROUND_PAYLOADS, CONTENT_PAYLOADS, readRequest, SCAN_LIMITS } from '../../lib/protocol';
import { parseSettings } from '../../lib/settings';
import { SyncError } from '../../lib/sync/errors';
import { fileUrl } from '../../lib/sync/origin';
import { readEntities } from '../../lib/sync/record-stream';
import { publish } from '../../scripts/dataset/publication';
import { entities } from '../sync/fixtures';

const real = publish([
  { created: new Date('2024-07-02T08:24:00Z'), entities: entities(3) },
  { created: new Date('2024-07-09T08:00:00Z'), entities: entities(4) },
]).manifest;

/** Paths written the ways that have left a folder or an origin somewhere. */
const hostilePath = fc.oneof(
  fc.constantFrom(
    '../x', './x', 'a/../../x', '%2e%2e/x', '%2E%2E%2Fx', '..%2fx', '..\\x', '/etc/passwd', '//other.example/x', ' http://other.example/x',
    '\thttp://other.example/x', '\u0000x', 'http://other.example/x', 'javascript:alert(1)', 'data:text/plain,x', 'file:///x', 'a/./b', '\u2028x',
    'full/%252e%252e/x', 'x'.repeat(5000), '__proto__', 'constructor/prototype', 'full/v.jsonl.gz?x=../../', 'full/v.jsonl.gz#../..',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.webPath(),
);

const hostileVersion = fc.oneof(fc.constantFrom('\uffff-pinned', '9999-12-31T23.59.59Z-ffffffff', '2024-07-02T08.24.00Z-0000000g', '', '__proto__'), fc.string({ maxLength: 40 }), fc.constant(real.version));

const hostileManifest = fc.oneof(
  fc.anything(),
  fc.record({ path: hostilePath, version: hostileVersion, files: fc.boolean(), deltas: fc.boolean(), bytes: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER * 4)) }).map(({ path, version, files, deltas, bytes }) => ({
    ...real,
    version,
    files: files ? [{ ...real.files[0], path, bytes }] : [],
    deltas: deltas ? real.deltas.map((d) => ({ ...d, path })) : [{ ...real.deltas[0], from: version }],
  })),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "format": 1}')),
);

describe('the published manifest under hostile JSON', () => {
  it('is refused with a ValidationError, or every file and delta it names resolves inside its folder on its origin', () => {
    const manifestUrl = 'https://data.example/lens/manifest.json';
    let passed = 0;
    fc.assert(
      fc.property(hostileManifest, (value) => {
        let manifest: PublishedManifest;
        try {
          manifest = parsePublishedManifest(value);
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          return;
        }
        expect(manifest.files.length).toBeGreaterThan(0);
        for (const { path } of [...manifest.files, ...manifest.deltas]) {
          const url = new URL(fileUrl(manifestUrl, path));
          expect(url.origin).toBe('https://data.example');
          expect(url.pathname.startsWith('/lens/')).toBe(true);
        }
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
        passed++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: some manifests do pass, and their paths are checked above.
    expect(passed).toBeGreaterThan(10);
  });

  it('a file address is refused with a SyncError, or it lies inside the folder, whatever the path', () => {
    let inside = 0;
    fc.assert(
      fc.property(hostilePath, (path) => {
        try {
          const url = new URL(fileUrl('http://127.0.0.1:8080/lens/manifest.json', path));
          expect(url.origin).toBe('http://127.0.0.1:8080');
          expect(url.pathname.startsWith('/lens/')).toBe(true);
          inside++;
        } catch (e) {
          expect(e).toBeInstanceOf(SyncError);
        }
      }),
      { numRuns: 3000 },
    );
    expect(inside).toBeGreaterThan(10);
  });
});

describe('delta lines under hostile JSON', () => {
  it('give an ADD, MOD or DEL with a typed record, or a ValidationError', () => {
    const line = fc.oneof(
      fc.anything(),
      fc.record({ op: fc.constantFrom('ADD', 'MOD', 'DEL', 'add', '__proto__', 1), id: fc.oneof(fc.string(), fc.integer()), entity: fc.oneof(fc.anything(), fc.constant(entities(1)[0])) }),
    );
    fc.assert(
      fc.property(line, (value) => {
        try {
          const op = toDeltaOp(value, 'line 1');
          if (op.op === 'DEL') expect(typeof op.id).toBe('string');
          else expect(typeof op.entity.id).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a dataset file as bytes', () => {
  it('random bytes, gzip of random lines, or a real file with bytes changed: records, or a SyncError that says why', async () => {
    const good = gzipSync(entities(20).map((e) => `${JSON.stringify(e)}\n`).join(''));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), { maxLength: 20 }).map((lines) => new Uint8Array(gzipSync(lines.join('\n')))),
      fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
        const copy = new Uint8Array(good);
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(data);
            c.close();
          },
        });
        try {
          for await (const e of readEntities(stream, { maxInflatedBytes: 1 << 20, maxLineChars: 1 << 16 })) expect(typeof e.id).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(SyncError);
          expect((e as SyncError).failure).toMatch(/^(corrupt|inflated-too-large|line-too-long|not-utf8|invalid-json|invalid-record)$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('messages between the parts of the extension', () => {
  const types = [...Object.keys(BACKGROUND_PAYLOADS), 'no-such-type', '__proto__', 'constructor', 'hasOwnProperty'];
  const message = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.constantFrom(...types), payload: fc.oneof(fc.anything(), fc.object(), fc.constant({ texts: Array.from({ length: 20_000 }, () => 'Nicolás Maduro '.repeat(10)) })) }),
  );

  it('each is a request with a payload that fits its schema, ours but invalid, or not ours: never an exception', () => {
    fc.assert(
      fc.property(message, (value) => {
        for (const payloads of [BACKGROUND_PAYLOADS, CONTENT_PAYLOADS] as const) {
          const read = readRequest(value, payloads as typeof BACKGROUND_PAYLOADS);
          if (read === null) continue;
          expect(Object.hasOwn(payloads, read.type)).toBe(true);
          if ('invalid' in read) continue;
          if (read.type === 'scan') {
            const texts = read.payload.texts;
            expect(texts.length).toBeLessThanOrEqual(SCAN_LIMITS.texts);
            expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(SCAN_LIMITS.chars);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stored settings of any shape read back as valid settings, the site list bounded', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ enabled: fc.anything(), disabledSites: fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 6000 }), privateMode: fc.anything(), boxes: fc.anything(), dwellMs: fc.anything() })),
        (value) => {
          const s = parseSettings(value);
          expect(typeof s.enabled).toBe('boolean');
          expect(typeof s.privateMode).toBe('boolean');
          expect(s.disabledSites.length).toBeLessThanOrEqual(5000);
          for (const site of s.disabledSites) expect(site).toMatch(/^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]+\]$/);
          expect(s.dwellMs).toBeGreaterThanOrEqual(0);
          expect(s.dwellMs).toBeLessThanOrEqual(3000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

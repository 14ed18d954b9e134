import { describe, expect, it } from 'vitest';
import { toDeltaOp } from '../../lib/dataset/delta';
import { changeEvents, diffEntities, removedEntity, withHistory } from '../../lib/dataset/diff';
import type { Entity } from '../../lib/dataset/format';
import { deltaPath, fullPath, parsePublishedManifest, type DeltaRef, type PublishedManifest } from '../../lib/dataset/publish';
import { readerMessage, storageFailure } from '../../lib/sync/errors';
import { choosePlan, deltaChain } from '../../lib/sync/plan';
import { backoffMs, isOverdue, nextCheckAt } from '../../lib/sync/schedule';
import { CLOCK_SKEW_MS, isFutureVersion, judgeVersion } from '../../lib/sync/version';
import { versionTime } from '../../lib/dataset/format';

const HOUR = 3_600_000;

function person(id: string, programs: string[], status: 'active' | 'delisted' = 'active'): Entity {
  return {
    id, kind: 'person', name: `PERSON ${id}`, names: [{ name: `PERSON ${id}`, type: 'primary' }],
    birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [],
    sources: [{ list: 'us-ofac-sdn', ref: id }],
    sanctions: programs.map((program) => ({ authority: 'US OFAC', list: 'us-ofac-sdn', program, status })),
    events: [],
  };
}

const span = { after: '2024-03-03T08:00:00.000Z', date: '2024-03-04T08:00:00.000Z' };

describe('diff between two versions', () => {
  it('gives ADD, MOD and DEL, and nothing for unchanged records', () => {
    const a = [person('1', ['CUBA']), person('2', ['SDGT']), person('3', ['IRAN'])];
    const b = [person('1', ['CUBA']), person('2', ['SDGT', 'IRAN']), person('4', ['VENEZUELA'])];
    expect(diffEntities(a, b)).toEqual([
      { op: 'MOD', entity: b[1] },
      { op: 'ADD', entity: b[2] },
      { op: 'DEL', id: '3' },
    ]);
  });

  it('says an entity was removed from the OFAC SDN list between the two versions, when the list gives no date', () => {
    const gone = removedEntity(person('3', ['IRAN']), span)!;
    expect(gone.sanctions[0].status).toBe('delisted');
    expect(gone.events).toEqual([
      {
        type: 'delisted', precision: 'between', after: span.after, date: span.date, authority: 'US OFAC', summary: 'Removed from the OFAC SDN list (IRAN)',
        change: 'removed', list: 'us-ofac-sdn', programs: ['IRAN'],
      },
    ]);
    expect(removedEntity({ ...person('9', []), description: 'an official' }, span)).toBeNull();
  });

  it('says when an entity was added and when its program changed', () => {
    expect(changeEvents(undefined, person('4', ['VENEZUELA']), span).map((e) => e.summary)).toEqual(['Added to the OFAC SDN list (VENEZUELA)']);
    expect(changeEvents(person('2', ['SDGT']), person('2', ['SDGT', 'IRAN']), span).map((e) => [e.type, e.summary])).toEqual([
      ['program-changed', 'Program changed on the OFAC SDN list: SDGT → IRAN, SDGT'],
    ]);
    expect(changeEvents(person('2', ['SDGT']), person('2', ['SDGT'], 'delisted'), span).map((e) => e.summary)).toEqual(['Delisted from the OFAC SDN list (SDGT)']);
    expect(changeEvents(person('1', ['CUBA']), person('1', ['CUBA']), span)).toEqual([]);
  });

  it('keeps earlier history across versions, and applying a change twice adds nothing', () => {
    const v1 = withHistory(person('2', ['SDGT']), person('2', ['SDGT', 'IRAN']), span);
    const v2 = withHistory(v1, person('2', ['SDGT', 'IRAN']), { after: span.date, date: '2024-03-05T08:00:00.000Z' });
    expect(v2.events.map((e) => e.type)).toEqual(['program-changed']);
    expect(withHistory(v1, v2, span)).toEqual(v2);
  });
});

const delta = (from: string, to: string, bytes: number): DeltaRef => ({
  from, to, fromCreated: from, toCreated: to, path: deltaPath(from, to), sha256: 'a'.repeat(64), bytes, records: 1,
});

function manifest(version: string, fullBytes: number, deltas: DeltaRef[]): PublishedManifest {
  return {
    format: 1, version, created: '2024-03-05T00:00:00.000Z', entities: 1, names: 1, sources: [],
    files: [{ path: fullPath(version), sha256: 'b'.repeat(64), bytes: fullBytes, records: 1 }], deltas,
  };
}

describe('choosing what to download', () => {
  const m = manifest('v4', 1000, [delta('v1', 'v2', 100), delta('v2', 'v3', 100), delta('v3', 'v4', 100), delta('v2', 'v4', 500)]);

  it('takes the smallest chain of deltas from the installed version', () => {
    expect(deltaChain(m, 'v2')!.map((d) => d.to)).toEqual(['v3', 'v4']);
    expect(choosePlan(m, 'v1')).toEqual({ kind: 'deltas', chain: [m.deltas[0], m.deltas[1], m.deltas[2]] });
  });

  it('takes the full file with no installed version, no chain, or a chain larger than the full file', () => {
    expect(choosePlan(m, null).kind).toBe('full');
    expect(choosePlan(m, 'v0').kind).toBe('full');
    expect(choosePlan(manifest('v4', 250, m.deltas), 'v1').kind).toBe('full');
  });

  it('never installs an older version', () => {
    expect(judgeVersion('2024-07-02T08.24.00Z-aaaaaaaa', '2024-07-01T08.24.00Z-bbbbbbbb')).toBe('older');
    expect(judgeVersion('2024-07-02T08.24.00Z-aaaaaaaa', '2024-07-02T08.24.00Z-aaaaaaaa')).toBe('same');
    expect(judgeVersion(null, '2024-07-02T08.24.00Z-aaaaaaaa')).toBe('newer');
  });

  it('lets a real version replace an installed id that is not a version id, which sorted after every real one', () => {
    expect(judgeVersion('\uffff-pinned', '2024-07-02T08.24.00Z-aaaaaaaa')).toBe('newer');
    expect(judgeVersion('2024-13-45T08.24.00Z-aaaaaaaa', '2024-07-02T08.24.00Z-aaaaaaaa')).toBe('newer');
  });

  it('dates a version by its id and refuses one more than a day ahead of the clock', () => {
    const now = Date.parse('2024-07-02T08:24:00Z');
    expect(versionTime('2024-07-02T08.24.00Z-aaaaaaaa')).toBe(now);
    expect(versionTime('\uffff-pinned')).toBeNaN();
    expect(isFutureVersion('2024-07-03T08.24.00Z-aaaaaaaa', now)).toBe(false);
    expect(isFutureVersion('2024-07-03T08.24.01Z-aaaaaaaa', now)).toBe(true);
    expect(isFutureVersion('2099-01-01T00.00.00Z-aaaaaaaa', now)).toBe(true);
    expect(CLOCK_SKEW_MS).toBe(24 * HOUR);
  });
});

describe('published manifest', () => {
  const V1 = '2024-03-03T00.00.00Z-11111111';
  const V2 = '2024-03-04T00.00.00Z-22222222';
  const base = { format: 1, version: V2, created: '2024-03-04T00:00:00Z', entities: 1, names: 1, sources: [], files: [{ path: fullPath(V2), sha256: 'c'.repeat(64), bytes: 10, records: 1 }] };

  it('reads deltas, and a manifest without them', () => {
    expect(parsePublishedManifest(base).deltas).toEqual([]);
    const d = delta(V1, V2, 5);
    expect(parsePublishedManifest({ ...base, deltas: [d] }).deltas).toEqual([d]);
  });

  it('refuses files outside the dataset folder', () => {
    expect(() => parsePublishedManifest({ ...base, files: [{ ...base.files[0], path: 'https://evil.example/x.gz' }] })).toThrow(/inside the dataset folder/);
    expect(() => parsePublishedManifest({ ...base, deltas: [{ ...delta(V1, V2, 5), path: '../x' }] })).toThrow(/inside the dataset folder/);
    for (const path of [' http://other/x.gz', '\t//other/x.gz', '%2e%2e/x.gz', 'full/%2E%2E/x.gz', 'full\\x.gz', '\u0000x.gz']) {
      expect(() => parsePublishedManifest({ ...base, files: [{ ...base.files[0], path }] }), JSON.stringify(path)).toThrow('manifest files[0]: "path" must be a path inside the dataset folder');
    }
  });

  it('refuses a version id that is not in the documented form', () => {
    for (const version of ['\uffff-pinned', 'v2', '2024-03-04T00:00:00Z-22222222', '2024-03-04T00.00.00Z-2222222G', '2024-02-31T00.00.00Z-22222222x', '2024-13-04T00.00.00Z-22222222']) {
      expect(() => parsePublishedManifest({ ...base, version })).toThrow('manifest: "version" must be a version id: YYYY-MM-DDTHH.MM.SSZ-<8 hex digits>');
    }
    expect(() => parsePublishedManifest({ ...base, deltas: [delta('\uffff', V2, 5)] })).toThrow('manifest deltas[0]: "from" must be a version id');
  });

  it('validates delta lines against the record schema', () => {
    expect(toDeltaOp({ op: 'DEL', id: 'x' }, 'l1')).toEqual({ op: 'DEL', id: 'x' });
    expect(() => toDeltaOp({ op: 'ADD', entity: { id: 'x', kind: 'spaceship' } }, 'l2')).toThrow(/l2/);
    expect(() => toDeltaOp({ op: 'UPSERT' }, 'l3')).toThrow(/ADD, MOD or DEL/);
  });
});

describe('schedule', () => {
  it('backs off 1 h, 2 h, 4 h … up to 24 h', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => backoffMs(n) / HOUR)).toEqual([1, 2, 4, 8, 16, 24, 24]);
  });

  it('checks after the interval, at once when never checked, and sooner after a failure', () => {
    expect(nextCheckAt({ lastCheckAt: 0, failures: 0, intervalHours: 12 }, 5)).toBe(12 * HOUR);
    expect(isOverdue({ lastCheckAt: null, failures: 0, intervalHours: 12 }, 5)).toBe(true);
    expect(nextCheckAt({ lastCheckAt: 0, failures: 2, intervalHours: 12 }, 5)).toBe(2 * HOUR);
  });
});

describe('reader-facing messages', () => {
  it('says what happened and that the previous dataset is in use', () => {
    expect(readerMessage('cut', '2024-07-02')).toBe('The download was cut off; the previous dataset (2024-07-02) is still in use.');
  });

  it("names a full disk, as IndexedDB throws it and as Dexie wraps it", () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageFailure(quota)?.failure).toBe('storage-full');
    expect(storageFailure(Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: quota }))?.failure).toBe('storage-full');
    expect(storageFailure(new Error('other'))).toBeNull();
    expect(readerMessage('storage-full', '2024-07-02')).toBe("The browser's storage is full; the previous dataset (2024-07-02) is still in use.");
  });
});

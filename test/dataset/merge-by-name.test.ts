import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCanadaSemaXml } from '../../lib/dataset/canada';
import { decodeLatin1 } from '../../lib/dataset/csv';
import type { Entity } from '../../lib/dataset/format';
import { MergeIndex, joinKeys } from '../../lib/dataset/merge';
import { buildOfacEntities, parseSdnCsv } from '../../lib/dataset/ofac';

const canada = parseCanadaSemaXml(readFileSync(join(__dirname, '../fixtures/canada/sema_autonomous_list_2025-05-25.sample.xml'), 'utf8'), 'sema.xml').records;
const ofac = () =>
  buildOfacEntities({ sdn: parseSdnCsv(decodeLatin1(readFileSync(join(__dirname, '../fixtures/ofac/sdn_2024-07-02.sample.csv'))), 'sdn.csv').records, alt: [], add: [] }).records;

function counts(stream: Entity[]): (key: string) => number {
  const m = new Map<string, number>();
  for (const e of stream) for (const k of joinKeys(e)) m.set(k, (m.get(k) ?? 0) + 1);
  return (k) => m.get(k) ?? 0;
}

describe('a record of a list with no documents joins a streamed entity by a name only the two carry', () => {
  it("folds Canada's Maduro (JVCFOR, no birth date) into OFAC's: same three-word name, accents aside", () => {
    const held = new MergeIndex();
    for (const e of canada) held.add(structuredClone(e), true);
    const stream = ofac();
    const maduro = stream.find((e) => e.id === 'ofac-22790')!;
    expect(held.takeByName(maduro, counts(stream))).toBe(1);
    expect(maduro.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'ca-sema']);
    expect(maduro.sanctions.map((s) => s.authority)).toContain('Canada');
    expect(held.remaining().map((e) => e.id)).not.toContain('ca-sema-jvcfor-item-1');
  });

  it('never joins a name two streamed entities carry (namesakes), nor without the record asking for it', () => {
    const stream = ofac();
    const maduro = stream.find((e) => e.id === 'ofac-22790')!;
    const twice = (k: string) => counts(stream)(k) * 2;
    const held = new MergeIndex();
    for (const e of canada) held.add(structuredClone(e), true);
    expect(held.takeByName(maduro, twice)).toBe(0);
    const plain = new MergeIndex();
    for (const e of canada) plain.add(structuredClone(e));
    expect(plain.takeByName(maduro, counts(stream))).toBe(0);
  });

  it('leaves out a name the record brings that another streamed entity also carries', () => {
    // OFAC's names of Sberbank (17018) and of its subsidiary JOINT STOCK COMPANY SBERBANK (18715), as the SDN list writes them.
    const named = (id: string, names: string[]): Entity => ({
      id, kind: 'organization', name: names[0], names: names.map((name, i) => ({ name, type: i === 0 ? 'primary' : 'aka' })),
      birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [], sanctions: [], events: [],
    });
    const bank = named('ofac-17018', ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'SBERBANK OF RUSSIA', 'PJSC SBERBANK']);
    const subsidiary = named('ofac-18715', ['JOINT STOCK COMPANY SBERBANK', 'JSC SBERBANK OF RUSSIA']);
    const held = new MergeIndex();
    for (const e of canada) held.add(structuredClone(e), true);
    expect(held.takeByName(bank, counts([bank, subsidiary]))).toBe(1);
    expect(bank.names.map((n) => n.name)).toEqual(['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'SBERBANK OF RUSSIA', 'PJSC SBERBANK', 'Сбербанк', 'Сбер', 'Sber']);
    // Alone on the stream, "Sberbank" is still left out: it is the bank's own name without its legal form.
    const alone = named('ofac-17018', ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'SBERBANK OF RUSSIA', 'PJSC SBERBANK']);
    const again = new MergeIndex();
    for (const e of canada) again.add(structuredClone(e), true);
    expect(again.takeByName(alone, counts([alone]))).toBe(1);
    expect(alone.names.map((n) => n.name)).not.toContain('Sberbank');
  });

  it('finishes a held record on its own without merging it into itself (its sources and sanctions once)', () => {
    const held = new MergeIndex();
    const lukashenko = structuredClone(canada[0]);
    held.add(lukashenko);
    for (const e of held.remaining()) expect(held.takeInto(e)).toBe(0);
    expect(lukashenko.sources).toHaveLength(1);
    expect(lukashenko.sanctions).toHaveLength(1);
  });
});

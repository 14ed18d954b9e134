// The worker reads a publisher's files with the builder's own readers and mappings: from the same files, the same
// entities (compared in id order, since the builder lists UN individuals before entities).
import { describe, expect, it } from 'vitest';
import { euFsfEntities } from '../../../lib/dataset/eu-fsf';
import type { Entity } from '../../../lib/dataset/format';
import { buildOfacEntities, parseAddCsv, parseAltCsv, parseSdnCsv } from '../../../lib/dataset/ofac';
import { ukEntity } from '../../../lib/dataset/uk';
import { parseUnXml } from '../../../lib/dataset/un';
import { parseEuFsfXml } from '../../../lib/sources/eu-fsf-xml';
import { readUkSanctionsList } from '../../../lib/sources/uk-sanctions-list-xml';
import { publicationReader } from '../../../lib/sync/publishers/publication-reader';
import { runToEnd } from '../../../lib/stepwise';
import type { PublisherId } from '../../../lib/sync/publishers/sources';
import { read } from './fake-publishers';

const byId = (es: Entity[]) => [...es].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The worker's path: the bytes in download-sized pieces, decoded as they come. */
function workerRead(id: PublisherId, files: Record<string, Buffer>): Entity[] {
  const reader = publicationReader(id);
  for (const [name, bytes] of Object.entries(files)) {
    const decoder = new TextDecoder(reader.encoding);
    for (let at = 0; at < bytes.byteLength; at += 4093) reader.write(name, decoder.decode(bytes.subarray(at, at + 4093), { stream: true }));
    reader.write(name, decoder.decode());
  }
  return runToEnd(reader.finish()).entities;
}

describe('the worker and the builder make the same entities from the same files', () => {
  it('OFAC sdn, alt and add', () => {
    const files = { sdn: read('venezuela-2019/ofac_sdn_2019-01-04.csv'), alt: read('venezuela-2019/ofac_alt_2019-01-04.csv'), add: read('venezuela-2019/ofac_add_2019-01-04.csv') };
    const latin1 = (b: Buffer) => new TextDecoder('latin1').decode(b);
    const built = buildOfacEntities({
      sdn: parseSdnCsv(latin1(files.sdn), 'sdn').records,
      alt: parseAltCsv(latin1(files.alt), 'alt').records,
      add: parseAddCsv(latin1(files.add), 'add').records,
    }).records;
    expect(built.length).toBeGreaterThan(70);
    expect(byId(workerRead('ofac-sdn', files))).toEqual(byId(built));
  });

  it('UN consolidated list', () => {
    const xml = read('un/UN_consolidated_2026-02-27.sample.xml');
    expect(byId(workerRead('un', { xml }))).toEqual(byId(parseUnXml(xml.toString('utf8'), 'consolidated.xml').records));
  });

  it('EU Financial Sanctions Files', () => {
    const xml = read('eu-fsf/xmlFullSanctionsList_1_1.excerpt.xml');
    const parsed = parseEuFsfXml([xml.toString('utf8')], 'xmlFullSanctionsList_1_1');
    expect(byId(workerRead('eu', { xml }))).toEqual(byId(euFsfEntities(parsed.records, parsed.header, 'xmlFullSanctionsList_1_1').records));
  });

  it('UK Sanctions List', () => {
    const xml = read('uk-fcdo/UK-Sanctions-List.excerpt.xml');
    expect(byId(workerRead('uk', { xml }))).toEqual(byId(readUkSanctionsList([xml.toString('utf8')], 'UK-Sanctions-List.xml').records.map(ukEntity)));
  });
});

// OFAC's per-publication change file, read chunk by chunk. The first document is in the shape public code that reads
// the real files shows (namespace, publicationInfo, entity id/action, names/translations, features); the names and
// numbers in it are invented.
import { describe, expect, it } from 'vitest';
import { XmlError } from '../../lib/dataset/xml';
import { OfacDeltaReader, type OfacDeltaEntity } from '../../lib/sources/ofac-delta-xml';
import { downloadPieces } from './download-pieces';

const NS = 'https://www.treasury.gov/ofac/DeltaFile/1.0';
const doc = (entities: string, info = '<publicationInfo><datePublished>2026-01-15T00:00:00-05:00</datePublished><publicationType>Standard Action</publicationType></publicationInfo>', ns = NS) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<sanctionsData xmlns="${ns}">\n  ${info}\n  <entities>${entities}</entities>\n</sanctionsData>\n`;

const ADDED = `
    <entity id="90003" action="add">
      <generalInfo><identityId>1</identityId><entityType refId="600">Individual</entityType><remarks>DOB 03 Mar 1972.</remarks></generalInfo>
      <sanctionsLists><sanctionsList id="1" refId="1550" datePublished="2026-01-15">SDN List</sanctionsList></sanctionsLists>
      <sanctionsPrograms><sanctionsProgram id="2" refId="3">VENEZUELA</sanctionsProgram></sanctionsPrograms>
      <names><name id="3"><isPrimary>true</isPrimary><translations><translation id="4"><isPrimary>true</isPrimary>
        <formattedFullName>TORRES DIAZ, Carlos</formattedFullName></translation></translations></name>
        <name id="77"><isPrimary>false</isPrimary><aliasType>A.K.A.</aliasType><translations><translation><isPrimary>false</isPrimary><script>Cyrillic</script><formattedFullName>ТОРРЕС</formattedFullName></translation><translation><isPrimary>true</isPrimary><script>Latin</script><formattedFullName>TORRES, Carlitos</formattedFullName></translation></translations></name></names>
    </entity>
    <entity id="90008" action="modify">
      <generalInfo><entityType refId="602">Vessel</entityType></generalInfo>
      <sanctionsPrograms><sanctionsProgram>VENEZUELA-EO13850</sanctionsProgram></sanctionsPrograms>
      <names><name id="11"><isPrimary>true</isPrimary><translations><translation><isPrimary>true</isPrimary><formattedFullName>OCEAN MADE UP</formattedFullName></translation></translations></name></names>
      <features><feature id="13"><type featureTypeId="2">VESSEL TYPE</type><value>Crude Oil Tanker</value></feature><feature id="14"><type featureTypeId="3">Vessel Flag</type><value>Panama</value></feature></features>
    </entity>
    <entity id="90002" action="remove"><generalInfo><entityType>Individual</entityType></generalInfo></entity>`;

function read(parts: string[]): { entities: OfacDeltaEntity[]; reader: OfacDeltaReader } {
  const reader = new OfacDeltaReader('2026-01-15_delta.xml');
  const entities: OfacDeltaEntity[] = [];
  for (const p of parts) entities.push(...reader.write(p));
  entities.push(...reader.close());
  return { entities, reader };
}

describe("OFAC's change file", () => {
  it('reads the publication day and each entity with its action, in any pieces', () => {
    const text = doc(ADDED);
    const whole = read([text]);
    expect(whole.reader.problems).toEqual([]);
    expect(whole.reader.publication).toEqual({ datePublished: '2026-01-15T00:00:00-05:00', day: '2026-01-15', publicationType: 'Standard Action' });
    expect(whole.entities.map((e) => [e.id, e.action])).toEqual([['90003', 'add'], ['90008', 'change'], ['90002', 'remove']]);
    const [added, vessel] = whole.entities;
    expect(added).toMatchObject({ entityType: 'Individual', remarks: 'DOB 03 Mar 1972.', lists: ['SDN List'], programs: ['VENEZUELA'], primaryName: 'TORRES DIAZ, Carlos' });
    // The primary translation of an alias, not the first one written.
    expect(added.aliases).toEqual([{ id: '77', aliasType: 'A.K.A.', name: 'TORRES, Carlitos', remarks: '' }]);
    expect(vessel.features).toEqual([{ type: 'VESSEL TYPE', value: 'Crude Oil Tanker' }, { type: 'Vessel Flag', value: 'Panama' }]);
    for (const size of [1, 7, 100]) expect(read(downloadPieces(text, size)).entities).toEqual(whole.entities);
  });

  it('says what cannot be applied: a change inside an entity, no action, a nameless addition, an entity twice', () => {
    const { entities, reader } = read([
      doc(`<entity id="2"><sanctionsPrograms><sanctionsProgram action="add">IRAN</sanctionsProgram></sanctionsPrograms></entity>
        <entity id="3" action="add"><sanctionsPrograms><sanctionsProgram action="add">IRAN</sanctionsProgram></sanctionsPrograms></entity>
        <entity id="4" action="add"><generalInfo><entityType>Entity</entityType></generalInfo></entity>
        <entity id="x5" action="remove"/><entity id="6" action="remove"/><entity id="6" action="remove"/>`),
    ]);
    expect(entities.map((e) => e.id)).toEqual(['6']);
    expect(reader.problems.map((p) => p.message)).toEqual([
      'entity 2 has action "", not add, change or remove',
      'entity 3 carries a change inside <sanctionsProgram>; only whole entities are applied',
      'entity 4 (add) has no primary name',
      'an <entity> has id "x5", not an entry number',
      'entity 6 appears twice in one publication',
    ]);
  });

  it('says when the publication has no date', () => {
    expect(read([doc('', '<publicationInfo><datePublished>soon</datePublished></publicationInfo>')]).reader.problems.map((p) => p.message)).toEqual(['datePublished "soon" is not a date']);
    expect(read([doc('', '')]).reader.problems.map((p) => p.message)).toEqual(['the file has no <publicationInfo> (datePublished)']);
  });

  it('refuses what is not a change file, and a file cut short', () => {
    expect(() => read([doc(ADDED, undefined, 'http://tempuri.org/sdnList.xsd')])).toThrow(XmlError);
    expect(() => read(['<sdnList xmlns="x"></sdnList>'])).toThrow(/not <sanctionsData>/);
    const text = doc(ADDED);
    expect(() => read([text.slice(0, text.length / 2)])).toThrow(/cut short/);
  });
});

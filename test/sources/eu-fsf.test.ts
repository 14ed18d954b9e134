import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EuFsfFileError, EuFsfXmlReader, parseEuFsfXml, readEuFsfXml, type EuFsfRecord } from '../../lib/sources/eu-fsf-xml';

const FILE = 'xmlFullSanctionsList_1_1.excerpt.xml';
const xml = readFileSync(join(__dirname, '../fixtures/eu-fsf', FILE), 'utf8');

/** `text` fed in pieces of `size` characters (whole when size is 0). */
function pieces(text: string, size: number): string[] {
  if (size === 0) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function read(text: string, size = 0) {
  return parseEuFsfXml(pieces(text, size), FILE);
}

const whole = read(xml);
const byId = (id: string): EuFsfRecord => {
  const r = whole.records.find((x) => x.logicalId === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('EU FSF XML 1.1, read as a stream', () => {
  it('reads the four real entities with the export header, and no problem', () => {
    expect(whole.problems).toEqual([]);
    expect(whole.header).toEqual({ generationDate: '2026-08-05T16:47:04.449+02:00', globalFileId: '184961' });
    expect(whole.records.map((r) => [r.logicalId, r.euReferenceNumber, r.subjectType.code])).toEqual([
      ['13', 'EU.27.28', 'person'],
      ['191', 'EU.3579.2', 'person'],
      ['980', 'EU.589.30', 'enterprise'],
      ['330', 'EU.522.39', 'enterprise'],
    ]);
  });

  it('gives a person their names, birth, citizenship, regulation and remark as the file writes them', () => {
    const saddam = byId('13');
    expect(saddam.remarks).toEqual(['UNSC RESOLUTION 1483']);
    expect(saddam.regulations).toEqual([{
      programme: 'IRQ', numberTitle: '1210/2003 (OJ L169)', regulationType: 'regulation', organisationType: 'commission',
      publicationDate: '2003-07-08', entryIntoForceDate: '2003-07-07',
      publicationUrl: 'http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2003:169:0006:0023:EN:PDF', logicalId: '348',
    }]);
    expect(saddam.names[0]).toEqual({ wholeName: 'Saddam Hussein Al-Tikriti', firstName: 'Saddam', lastName: 'Hussein Al-Tikriti', gender: 'M', strong: true, remarks: [], logicalId: '17' });
    expect(saddam.names.map((n) => [n.wholeName, n.language])).toEqual([['Saddam Hussein Al-Tikriti', undefined], ['Abu Ali', undefined], ['Abou Ali', 'FR']]);
    expect(saddam.citizenships).toEqual([{ countryIso2Code: 'IQ', countryDescription: 'IRAQ' }]);
    expect(saddam.birthdates).toEqual([{
      date: '1937-04-28', year: 1937, month: 4, day: 28, circa: false, calendarType: 'GREGORIAN',
      city: 'al-Awja, near Tikrit', countryIso2Code: 'IQ', countryDescription: 'IRAQ',
    }]);
    // The file gives no designationDate for him: none is made up.
    expect(saddam.designationDate).toBeUndefined();
    expect(saddam.line).toBe(14);
  });

  it('keeps a passport, two birth dates and every alias of Khalid Sheikh Mohammed', () => {
    const ksm = byId('191');
    expect(ksm.names).toHaveLength(7);
    expect(ksm.names.find((n) => n.lastName === 'MOHAMMED')).toMatchObject({ wholeName: 'Khalid Sheikh MOHAMMED', firstName: 'Khalid Sheikh', language: 'EN' });
    expect(ksm.birthdates.map((b) => b.date)).toEqual(['1965-04-14', '1964-03-01']);
    expect(ksm.identifications).toEqual([{
      typeCode: 'passport', typeDescription: 'National passport', number: '488555', countryIso2Code: '00', countryDescription: 'UNKNOWN',
      diplomatic: false, knownExpired: false, knownFalse: false, reportedLost: false, revokedByIssuer: false,
    }]);
    expect(ksm.regulations[0]).toMatchObject({ programme: 'TERR', publicationDate: '2025-01-31', entryIntoForceDate: '2025-02-01' });
  });

  it('gives an enterprise its addresses with contact details, a designation day and an alias remark', () => {
    const trust = byId('330');
    expect(trust.designationDate).toBe('2001-10-06');
    expect(trust.names).toHaveLength(12);
    expect(trust.names.find((n) => n.language === 'BG')?.wholeName).toBe('Организация за подпомагане на Ulema, Пакистан');
    expect(trust.names.find((n) => n.wholeName === 'Al Rashid Trust')?.remarks[0]).toMatch(/^Banned in Pakistan since October 2001\./);
    expect(trust.addresses).toHaveLength(11);
    expect(trust.addresses.find((a) => a.contacts.length === 2)).toMatchObject({
      city: 'Karachi', street: 'Kitab Ghar, Darul Ifta Wal Irshad, Nazimbad No 4', countryIso2Code: 'PK',
      contacts: [{ key: 'PHONE', value: '668 33 01; 0300- 820 91 99' }, { key: 'FAX', value: '662 38 14' }],
    });
    expect(byId('980').addresses[0]).toMatchObject({ city: 'Bridgeview, Illinois', zipCode: 'PO Box 1406 - 60455', countryIso2Code: 'US' });
  });

  it('gives identical records whether the file comes in 1-character, 7-character or whole chunks', () => {
    expect(read(xml, 1)).toEqual(whole);
    expect(read(xml, 7)).toEqual(whole);
  });

  it('gives identical records wherever the chunks are cut', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 40 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), xml.length];
        expect(parseEuFsfXml(at.slice(1).map((end, i) => xml.slice(at[i], end)), FILE)).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });

  it('reads a text stream, as the download will be, to the same records and header', async () => {
    const parts = pieces(xml, 7);
    const stream = new ReadableStream<string>({ pull: (c) => (parts.length ? c.enqueue(parts.shift() as string) : c.close()) });
    const reader = new EuFsfXmlReader(FILE);
    const records: EuFsfRecord[] = [];
    for await (const r of readEuFsfXml(stream, reader)) records.push(r);
    expect(records).toEqual(whole.records);
    expect(reader.header).toEqual(whole.header);
    expect(reader.problems).toEqual([]);
  });

  it('keeps a character outside the BMP whole when a chunk ends between its two halves', () => {
    const astral = xml.replace('wholeName="Abu Ali"', 'wholeName="Abu Ali 𝔄"');
    const at = astral.indexOf('𝔄') + 1;
    const split = parseEuFsfXml([astral.slice(0, at), astral.slice(at)], FILE);
    expect(split.records[0].names[1].wholeName).toBe('Abu Ali 𝔄');
    expect(read(astral, 1)).toEqual(split);
  });

  it('hands each record over as soon as its end tag is read', () => {
    const reader = new EuFsfXmlReader(FILE);
    const cut = xml.indexOf('<sanctionEntity', xml.indexOf('logicalId="13"'));
    expect(reader.write(xml.slice(0, cut)).map((r) => r.logicalId)).toEqual(['13']);
    expect(reader.write(xml.slice(cut)).map((r) => r.logicalId)).toEqual(['191', '980', '330']);
    expect(reader.close()).toEqual([]);
  });
});

describe('EU FSF XML: problems, each with its place', () => {
  it('refuses a file cut short, saying so, and gives none of its records', () => {
    const cut = xml.slice(0, xml.indexOf('logicalId="980"') + 200);
    const result = read(cut, 7);
    expect(result.records).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(/^not well-formed XML \(column \d+\): the file ends early, cut short: unclosed tag: /);
    // The streaming reader threw: a caller cannot install the two records it had already handed over as a whole list.
    const reader = new EuFsfXmlReader(FILE);
    expect(reader.write(cut).map((r) => r.logicalId)).toEqual(['13', '191']);
    expect(() => reader.close()).toThrow(EuFsfFileError);
    expect(() => reader.write('</export>')).toThrow(/ends early/);
  });

  it('refuses XML that is not well-formed, with its line', () => {
    const broken = xml.replace('</sanctionEntity>', '</sanctionEntityX>');
    const { records, problems } = read(broken);
    expect(records).toEqual([]);
    expect(problems).toEqual([{ file: FILE, line: 35, message: 'not well-formed XML (column 22): unexpected close tag.' }]);
  });

  it('refuses a file that is not an EU FSF export', () => {
    const other = xml.replace('xmlns="http://eu.europa.ec/fpi/fsd/export"', 'xmlns="urn:other"');
    expect(read(other).problems[0].message).toBe('not an EU FSF 1.1 export: the root is <export> in "urn:other", not <export> in "http://eu.europa.ec/fpi/fsd/export"');
  });

  it('leaves out an entity with no logicalId or no name, saying where, and reads the rest', () => {
    const noId = xml.replace('euReferenceNumber="EU.3579.2" logicalId="191"', 'euReferenceNumber="EU.3579.2"');
    const r1 = read(noId);
    expect(r1.records.map((r) => r.logicalId)).toEqual(['13', '980', '330']);
    expect(r1.problems).toEqual([{ file: FILE, line: 38, message: 'sanctionEntity EU.3579.2 has no logicalId; left out' }]);

    const noName = xml.replace('wholeName="Global Relief Foundation (GRF)"', 'wholeName=""');
    const r2 = read(noName);
    expect(r2.records.map((r) => r.logicalId)).toEqual(['13', '191', '330']);
    expect(r2.problems).toEqual([{ file: FILE, line: 76, message: 'sanctionEntity 980 has no name; left out' }]);
  });

  it('says when a date is not a day, and leaves that date out', () => {
    const bad = xml.replace('designationDate="2001-10-06"', 'designationDate="6.10.2001"');
    const { records, problems } = read(bad);
    expect(records.find((r) => r.logicalId === '330')?.designationDate).toBeUndefined();
    expect(problems).toEqual([{ file: FILE, line: 93, message: 'sanctionEntity 330: designationDate "6.10.2001" is not a day; left out' }]);
  });

  it('refuses a huge text node before holding it whole', () => {
    const at = xml.indexOf('UNSC RESOLUTION 1483');
    const reader = new EuFsfXmlReader(FILE, { maxRunLength: 10_000 });
    reader.write(xml.slice(0, at));
    const chunk = 'A'.repeat(4096);
    let written = 0;
    expect(() => {
      for (; written < 1_000_000; written += chunk.length) reader.write(chunk);
    }).toThrow(/^xmlFullSanctionsList_1_1\.excerpt\.xml line 15: more than 10000 characters of text, one attribute or a comment without markup/);
    // It stopped within a chunk or two of the limit, not at the end of the text.
    expect(written).toBeLessThan(20_000);
    expect(reader.problems.at(-1)?.line).toBe(15);
  });

  it('refuses a huge attribute in one chunk, under the default limit of 1 MiB', () => {
    const huge = xml.replace('function="" gender="M"', `function="${'x'.repeat(2_000_000)}" gender="M"`);
    const { records, problems } = read(huge);
    expect(records).toEqual([]);
    expect(problems[0].message).toMatch(/more than 1048576 characters of text, one attribute or a comment without markup/);
  });

  it('refuses a record that grows without end', () => {
    const alias = xml.slice(xml.indexOf('<nameAlias firstName="" middleName="" lastName="" wholeName="Abu Ali"'), xml.indexOf('<nameAlias firstName="" middleName="" lastName="" wholeName="Abou Ali"'));
    const at = xml.indexOf('<citizenship');
    const reader = new EuFsfXmlReader(FILE, { maxRecordLength: 100_000 });
    reader.write(xml.slice(0, at));
    expect(() => {
      for (let i = 0; i < 10_000; i++) reader.write(alias);
    }).toThrow(/line 14: the <sanctionEntity> that starts here is longer than 100000 characters/);
  });

  it('expands no entity a DOCTYPE declares, and says the DOCTYPE is there', () => {
    const doctype = '<!DOCTYPE export [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n';
    const withDoctype = xml.replace('<export ', `${doctype}<export `);
    // Declared but never used: the file reads, and the DOCTYPE is reported.
    const unused = read(withDoctype);
    expect(unused.records).toHaveLength(4);
    expect(unused.problems).toEqual([{ file: FILE, line: 16, message: 'the file declares a DOCTYPE, which the EU file never has; its declarations are ignored' }]);
    // Used: refused at the reference, and nothing of the entity appears anywhere.
    for (const ref of ['&xxe;', '&lol2;']) {
      const used = withDoctype.replace('UNSC RESOLUTION 1483', `UNSC ${ref}`).replace('wholeName="Abu Ali"', `wholeName="${ref}"`);
      const reader = new EuFsfXmlReader(FILE);
      const seen: EuFsfRecord[] = [];
      expect(() => {
        for (const c of pieces(used, 7)) seen.push(...reader.write(c));
        seen.push(...reader.close());
      }).toThrow(/undefined entity/);
      expect(seen).toEqual([]);
      expect(JSON.stringify(reader.problems)).not.toMatch(/root:|lollol/);
      expect(reader.problems.at(-1)?.message).toMatch(/^not well-formed XML \(column \d+\): undefined entity/);
    }
  });
});

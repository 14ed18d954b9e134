import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadPieces } from './download-pieces';
import {
  parseUkDay,
  parseUkDob,
  readUkSanctionsList,
  UkSanctionsListReader,
  type UkDesignation,
} from '../../lib/sources/uk-sanctions-list-xml';

const FILE = 'UK-Sanctions-List.xml';
const xml = readFileSync(join(__dirname, '../fixtures/uk-fcdo/UK-Sanctions-List.excerpt.xml'), 'utf8');

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function read(text: string, options?: { maxRecordChars?: number }) {
  return readUkSanctionsList([text], FILE, options);
}

function byId(records: UkDesignation[], id: string): UkDesignation {
  const r = records.find((x) => x.uniqueId === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
}

/** The fixture with its first Designation's text replaced. */
function withFirstDesignation(edit: (designation: string) => string): string {
  const start = xml.indexOf('  <Designation>');
  const end = xml.indexOf('</Designation>', start) + '</Designation>'.length;
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

describe('the UK Sanctions List XML, read record by record', () => {
  const all = read(xml);

  it('reads the four real Designations of the excerpt, the file complete and without problems', () => {
    expect(all.complete).toBe(true);
    expect(all.problems).toEqual([]);
    expect(all.records.map((r) => [r.uniqueId, r.type])).toEqual([
      ['AFG0011', 'Individual'],
      ['AQD0128', 'Individual'],
      ['AQD0377', 'Entity'],
      ['DPR0075', 'Ship'],
    ]);
    expect(all.dateGenerated).toBe('2026-08-14T23:00:04.744Z');
    expect(all.dayGenerated).toBe('2026-08-14');
  });

  it('reads an individual: ids, days, names with their type and quality, and the personal details trimmed', () => {
    const r = byId(all.records, 'AFG0011');
    expect(r).toMatchObject({
      line: 26,
      ofsiGroupId: '7270',
      unReferenceNumber: 'TAi.007',
      lastUpdated: '2026-04-29',
      dateDesignated: '2001-01-31',
      regimeName: 'The Afghanistan (Sanctions) (EU Exit) Regulations 2020',
      designationSources: ['UN'],
      sanctionsImposed: ['Asset freeze', 'Travel Ban'],
      nonLatinNames: ['عبد اللطيف منصور'],
      titles: ['Maulavi'],
      nationalities: ['Afghanistan'],
      positions: ['Minister of Agriculture under the previous Taliban regime  (1996-2001)'],
      addressCountries: ['Afghanistan'],
    });
    expect(r.names).toEqual([
      { name: 'ABDUL LATIF MANSUR', forenames: ['ABDUL', 'LATIF'], surname: 'MANSUR', type: 'primary' },
      { name: 'Abdul Latif MANSOOR', forenames: ['Abdul', 'Latif'], surname: 'MANSOOR', type: 'alias', quality: 'good' },
      { name: 'Wali MOHAMMAD', forenames: ['Wali'], surname: 'MOHAMMAD', type: 'alias', quality: 'good' },
    ]);
    // "dd/mm/1968" is a year; "12/11/1967", given twice, is one day.
    expect(r.dobs).toEqual(['1968', '1967-11-12']);
    // The file writes " D0009720" with a leading space.
    expect(r.passports.map((p) => p.number)).toEqual(['D0009720', 'D0010442']);
    expect(r.passports[1].info).toBe('Afghanistan diplomatic passport D0010442, issued on 13 Nov. 2024, expires 13 Nov. 2029');
    expect(r.birthPlaces).toEqual([
      { town: 'Zurmat District, Paktia Province', country: 'Afghanistan' },
      { town: 'Garda Saray District, Paktia Province', country: 'Afghanistan' },
      { country: 'Afghanistan' },
    ]);
  });

  it('reads "Primary name" in either casing, low-quality aliases, partial birth dates and a leading-zero id', () => {
    const r = byId(all.records, 'AQD0128');
    expect(r.names[0]).toEqual({ name: 'AKRAM TURKI HISHAN AL-MAZIDIH', forenames: ['AKRAM', 'TURKI', 'HISHAN'], surname: 'AL-MAZIDIH', type: 'primary' });
    expect(r.names.filter((n) => n.quality === 'low').map((n) => n.name)).toEqual(['Abu Akram', 'Abu Jarrah']);
    expect(r.dobs).toEqual(['1974', '1975', '1979', '1958-09', '1985']);
    expect(r.nationalIds).toEqual([{ number: '0075258', info: 'Ration card no.' }]);
    expect(r.addressCountries).toEqual(['Iraq', 'Syria']);
    expect(r.regimeName).toBe("Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019");
  });

  it('reads an entity, whose whole name is Name6, and a ship with its IMO number and flag', () => {
    const entity = byId(all.records, 'AQD0377');
    expect(entity.names.map((n) => [n.name, n.type])).toEqual([
      ['Khatiba al-Tawhid wal-Jihad (KTJ)', 'primary'],
      ["Jama'at al-Tawhid wal-Jihad", 'alias'],
      ['Jannat Oshiklari', 'alias'],
    ]);
    expect(entity.names[0].forenames).toEqual([]);
    expect(entity.entityTypes).toEqual(['Terrorist Group']);
    expect(entity.dobs).toEqual([]);
    const ship = byId(all.records, 'DPR0075');
    expect(ship.ofsiGroupId).toBeUndefined();
    expect(ship.unReferenceNumber).toBeUndefined();
    expect(ship.imoNumbers).toEqual(['IMO9562233']);
    expect(ship.flags).toEqual(['Comoros']);
    expect(ship.names.map((n) => n.name)).toEqual(['Petrel 8', 'Jal Vahini', 'Jal_Vahini', 'Tian Tai 36']);
    expect(ship.sanctionsImposed).toEqual(['Prohibition of port entry']);
  });

  it('gives identical records whether the file comes in 1-character, 7-character or whole chunks', () => {
    const one = readUkSanctionsList(chunks(xml, 1), FILE);
    const seven = readUkSanctionsList(chunks(xml, 7), FILE);
    expect(one).toEqual(all);
    expect(seven).toEqual(all);
  });

  it('gives identical records from 1-byte and 7-byte pieces of the UTF-8 file, decoded as a download is', () => {
    expect(readUkSanctionsList(downloadPieces(xml, 1), FILE)).toEqual(all);
    expect(readUkSanctionsList(downloadPieces(xml, 7), FILE)).toEqual(all);
  });

  it('hands each record over from the write that completes it, not at the end', () => {
    const reader = new UkSanctionsListReader(FILE);
    const end = xml.indexOf('</Designation>') + '</Designation>'.length;
    expect(reader.write(xml.slice(0, end - 1)).records).toEqual([]);
    expect(reader.write(xml.slice(end - 1, end)).records.map((r) => r.uniqueId)).toEqual(['AFG0011']);
    expect(reader.write(xml.slice(end)).records.map((r) => r.uniqueId)).toEqual(['AQD0128', 'AQD0377', 'DPR0075']);
    expect(reader.close()).toEqual({ records: [], problems: [] });
    expect(reader.failed).toBeUndefined();
    expect(reader.count).toBe(4);
  });

  it('reads a "Primary name variation", and an unknown NameType as an alias with a problem', () => {
    const r = read(withFirstDesignation((d) => d
      .replace('<NameType>Alias</NameType>', '<NameType>Primary name variation</NameType>')
      .replace('<NameType>Alias</NameType>', '<NameType>Nickname</NameType>')));
    expect(r.records[0].names.map((n) => [n.name, n.type])).toEqual([
      ['ABDUL LATIF MANSUR', 'primary'],
      ['Abdul Latif MANSOOR', 'primary-variation'],
      ['Wali MOHAMMAD', 'alias'],
    ]);
    expect(r.problems).toEqual([{ file: FILE, line: 26, message: 'AFG0011: name "Wali MOHAMMAD" has NameType "Nickname", read as an alias' }]);
  });

  it('reads a file that starts with a byte-order mark, and makes doubled spaces in a name one', () => {
    const r = read(`\uFEFF${xml.replace('<Name2>LATIF</Name2>', '<Name2> LATIF  MIR </Name2>')}`);
    expect(r.problems).toEqual([]);
    expect(r.records[0].names[0].name).toBe('ABDUL LATIF MIR MANSUR');
  });

  it('reads a character beyond the BMP whole where the reader cuts a long line into 64 KiB pieces', () => {
    const before = '    <OtherInformation>';
    // The surrogate pair's first half is the piece's last character.
    const text = `${'x'.repeat(65_536 - 1 - before.length)}\u{20000}`;
    const r = read(xml.replace(/<OtherInformation>Pursuant[^<]*/, `<OtherInformation>${text}`));
    expect(r.problems).toEqual([]);
    expect(byId(r.records, 'DPR0075').otherInformation).toBe(text);
  });

  it('reads "UK|UN" as both sources', () => {
    const r = read(withFirstDesignation((d) => d.replace('<DesignationSource>UN<', '<DesignationSource>UK|UN<')));
    expect(r.records[0].designationSources).toEqual(['UK', 'UN']);
    expect(r.problems).toEqual([]);
  });
});

describe('dates as the UK list writes them', () => {
  it('reads DD/MM/YYYY days, refusing days that do not exist', () => {
    expect(parseUkDay('31/01/2001')).toBe('2001-01-31');
    expect(parseUkDay(' 07/03/2022 ')).toBe('2022-03-07');
    expect(parseUkDay('31/02/2001')).toBeUndefined();
    expect(parseUkDay('2001-01-31')).toBeUndefined();
  });

  it('reads dates of birth as precise as they are', () => {
    expect(parseUkDob('12/11/1967')).toBe('1967-11-12');
    expect(parseUkDob('dd/mm/1968')).toBe('1968');
    expect(parseUkDob('DD/MM/1968')).toBe('1968');
    expect(parseUkDob('dd/09/1958')).toBe('1958-09');
    expect(parseUkDob('00/00/1962')).toBe('1962');
    expect(parseUkDob('00/05/1962')).toBe('1962-05');
    expect(parseUkDob('1985')).toBe('1985');
    expect(parseUkDob('12/mm/1962')).toBeUndefined();
    expect(parseUkDob('30/02/1962')).toBeUndefined();
    expect(parseUkDob('circa 1962')).toBeUndefined();
  });
});

describe('problems, each with its place', () => {
  it('leaves out a Designation without UniqueID, naming its line, and reads the others', () => {
    const r = read(withFirstDesignation((d) => d.replace('<UniqueID>AFG0011</UniqueID>', '')));
    expect(r.complete).toBe(true);
    expect(r.records.map((x) => x.uniqueId)).toEqual(['AQD0128', 'AQD0377', 'DPR0075']);
    expect(r.problems).toEqual([{ file: FILE, line: 26, message: 'a Designation without a UniqueID: left out' }]);
  });

  it('leaves out a Designation without any name, and a UniqueID seen before', () => {
    const noName = read(withFirstDesignation((d) => d.replace(/<Names>[\s\S]*<\/Names>/, '')));
    expect(noName.problems).toEqual([{ file: FILE, line: 26, message: 'AFG0011 has no name: left out' }]);
    const twice = read(withFirstDesignation((d) => `${d}\n${d}`));
    expect(twice.records.map((x) => x.uniqueId)).toEqual(['AFG0011', 'AQD0128', 'AQD0377', 'DPR0075']);
    expect(twice.problems).toEqual([{ file: FILE, line: 131, message: 'AFG0011 appears a second time: the later record is left out' }]);
  });

  it('keeps a record whose date, DOB or regime it cannot read, without them, and says so', () => {
    const r = read(withFirstDesignation((d) => d
      .replace('31/01/2001', '2001-01-31')
      .replace('<DOB>dd/mm/1968', '<DOB>about 1968')
      .replace(/<RegimeName>.*<\/RegimeName>/, '<RegimeName> </RegimeName>')));
    expect(r.records[0].uniqueId).toBe('AFG0011');
    expect(r.records[0].dateDesignated).toBeUndefined();
    expect(r.records[0].dobs).toEqual(['1967-11-12']);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [26, 'AFG0011: no RegimeName'],
      [26, 'AFG0011: DOB "about 1968" is not dd/mm/YYYY, DD/MM/YYYY or YYYY'],
      [26, 'AFG0011: DateDesignated "2001-01-31" is not a DD/MM/YYYY day'],
    ]);
    expect(r.records[0].regimeName).toBe('');
  });

  it('refuses a cut-short file, saying it ends early, and gives no records', () => {
    const cut = xml.slice(0, xml.indexOf('<UniqueID>AQD0377'));
    const r = read(cut);
    expect(r.complete).toBe(false);
    expect(r.records).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/^the file ends before its last element is closed \(cut short\?\): line \d+, column \d+: unclosed tag: Designation/);
    // Streaming, the two records before the cut were handed over; `failed` tells the caller to drop them.
    const reader = new UkSanctionsListReader(FILE);
    expect(reader.write(cut).records).toHaveLength(2);
    expect(reader.close().problems).toHaveLength(1);
    expect(reader.failed?.message).toMatch(/cut short/);
  });

  it('refuses XML that is not well-formed, in words with the line, and reads nothing after it', () => {
    const bad = xml.replace('<Name6>MANSUR</Name6>', '<Name6>MANSUR</Name5>');
    const r = read(bad);
    expect(r.complete).toBe(false);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([{ file: FILE, line: 36, message: 'the file is not well-formed XML: line 36, column 29: unexpected close tag' }]);
  });

  it('refuses another XML document, an empty file, and a list without any Designation', () => {
    const un = read('<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS/></CONSOLIDATED_LIST>');
    expect(un.problems).toEqual([{ file: FILE, line: 2, message: 'the root element is <CONSOLIDATED_LIST>, not <Designations>: this is not the UK Sanctions List XML' }]);
    expect(read('').problems[0].message).toMatch(/^the file is not well-formed XML: .*document must contain a root element/);
    const empty = read('<Designations dateGenerated="2026-08-14T23:00:04.744Z">\n<DateGenerated>14/08/2026</DateGenerated>\n</Designations>\n');
    expect(empty.complete).toBe(false);
    expect(empty.problems).toEqual([{ file: FILE, line: 4, message: 'the file holds no Designation under <Designations>' }]);
  });

  it('refuses a huge text node, without holding it whole: a Designation, or text between two, over the limit', () => {
    const huge = 'A'.repeat(3_000_000);
    const inName = withFirstDesignation((d) => d.replace('<Name6>MANSUR</Name6>', `<Name6>${huge}</Name6>`));
    const r = readUkSanctionsList(chunks(inName, 65_536), FILE);
    expect(r.complete).toBe(false);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([{
      file: FILE, line: 26,
      message: 'the Designation that starts at line 26 is longer than 1,000,000 characters: the file is refused',
    }]);
    // The same limit counts text between records, and a smaller limit can be set.
    // The excerpt's longest Designation has 6,301 characters. The count is kept a line (at most 64 KiB) at a time.
    const between = xml.replace('</Designation>\n  <Designation>', `</Designation>${'\n '.repeat(5_000)}<Designation>`);
    expect(read(between, { maxRecordChars: 8_000 }).problems).toEqual([
      { file: FILE, line: 130, message: 'more than 8,000 characters outside any Designation after line 130: the file is refused' },
    ]);
    expect(read(between).complete).toBe(true);
  });

  it('expands nothing a DOCTYPE declares: an entity reference is refused as undefined', () => {
    const bomb = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE Designations [',
      '  <!ENTITY a "EXPANDEDEXPANDEDEXPANDEDEXPANDED">',
      '  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">',
      '  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">',
      ']>',
      xml.slice(xml.indexOf('<Designations')).replace('<Name6>MANSUR</Name6>', '<Name6>&c;</Name6>'),
    ].join('\n');
    const reader = new UkSanctionsListReader(FILE);
    const steps = [reader.write(bomb), reader.close()];
    const records = steps.flatMap((s) => s.records);
    expect(records).toEqual([]);
    expect(JSON.stringify(steps)).not.toContain('EXPANDED');
    expect(reader.failed).toEqual({ file: FILE, line: 19, message: 'the file is not well-formed XML: line 19, column 18: undefined entity' });
    // Declarations alone, never referenced, change nothing: the records read as without them.
    const declared = bomb.replace('<Name6>&c;</Name6>', '<Name6>MANSUR</Name6>');
    const shift = xml.slice(0, xml.indexOf('<Designations')).split('\n').length - 7;
    expect(read(declared).records).toEqual(read(xml).records.map((r) => ({ ...r, line: r.line - shift })));
  });
});

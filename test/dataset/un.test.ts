import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import type { ImportProblem } from '../../lib/dataset/problems';
import { parseUnXml, unEntity } from '../../lib/dataset/un';
import { UnXmlReader } from '../../lib/sources/un-xml';

const sample = readFileSync(join(__dirname, '../fixtures/un/UN_consolidated_2026-02-27.sample.xml'), 'utf8');

describe('UN records as Entities', () => {
  it('gives the same Entities streamed record by record as parseUnXml gives for the whole file', () => {
    const reader = new UnXmlReader();
    const problems: ImportProblem[] = [];
    const streamed: Entity[] = [];
    const map = (records: ReturnType<UnXmlReader['write']>) => {
      for (const r of records) {
        const e = unEntity(r, 'un.xml', problems);
        if (e) streamed.push(e);
      }
    };
    for (let i = 0; i < sample.length; i += 4096) map(reader.write(sample.slice(i, i + 4096)));
    map(reader.close());
    const whole = parseUnXml(sample, 'un.xml');
    expect(streamed).toEqual(whole.records);
    expect(problems).toEqual(whole.problems);
    expect(reader.dateGenerated).toBe(whole.generated);
  });

  it("gives a designation's numbered items as positions of their own, its line breaks as spaces (TAi.043 as the list writes it)", () => {
    const xml = `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>DIN MOHAMMAD</FIRST_NAME><SECOND_NAME>HANIF</SECOND_NAME><REFERENCE_NUMBER>TAi.043</REFERENCE_NUMBER><LISTED_ON>2001-01-25</LISTED_ON>
      <TITLE><VALUE>Qari</VALUE></TITLE>
      <DESIGNATION><VALUE>a) Minister of Planning under the Taliban regime b) Minister of Higher
Education under the Taliban regime</VALUE></DESIGNATION></INDIVIDUAL>
      <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>TAi.999</REFERENCE_NUMBER><LISTED_ON>2001-01-25</LISTED_ON>
      <DESIGNATION><VALUE>a) Director of Administrative Affairs under the Taliban
regime</VALUE><VALUE>Head of Esfahan Nuclear Fuel Research and Production
                Center (the list's own a) and b) are not items unless they number the text)</VALUE></DESIGNATION></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const [hanif, other] = parseUnXml(xml, 'un.xml').records;
    expect(hanif.positions).toEqual(['Minister of Planning under the Taliban regime', 'Minister of Higher Education under the Taliban regime', 'Qari']);
    expect(other.positions).toEqual([
      'Director of Administrative Affairs under the Taliban regime',
      "Head of Esfahan Nuclear Fuel Research and Production Center (the list's own a) and b) are not items unless they number the text)",
    ]);
  });

  it('joins the name parts, keeps the original script, and reads a BETWEEN birth date as an interval', () => {
    const byId = new Map(parseUnXml(sample, 'un.xml').records.map((e) => [e.id, e]));
    expect(byId.get('un-CDi.002')?.name).toBe('FRANK KAKOLELE BWAMBALE');
    expect(byId.get('un-CDi.030')?.birthDates).toEqual(['1973/1974']);
    expect(byId.get('un-CDi.030')?.names).toContainEqual({ name: 'Tango Romeo', type: 'weak' });
  });

  it('takes records straight under the root only when the file has no section for them', () => {
    const person = (ref: string) => `<INDIVIDUAL><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><FIRST_NAME>A ${ref}</FIRST_NAME><LISTED_ON>2020-01-02</LISTED_ON></INDIVIDUAL>`;
    const org = (ref: string) => `<ENTITY><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><FIRST_NAME>B ${ref}</FIRST_NAME><LISTED_ON>2020-01-02</LISTED_ON></ENTITY>`;
    const ids = (xml: string) => parseUnXml(xml, 'f').records.map((e) => e.id);
    expect(ids(`<CONSOLIDATED_LIST>${org('E.1')}${person('I.1')}</CONSOLIDATED_LIST>`)).toEqual(['un-I.1', 'un-E.1']);
    expect(ids(`<CONSOLIDATED_LIST>${person('I.0')}<INDIVIDUALS>${person('I.1')}</INDIVIDUALS>${org('E.1')}</CONSOLIDATED_LIST>`)).toEqual(['un-I.1', 'un-E.1']);
  });
});

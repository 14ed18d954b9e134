// The EU's Venezuela regime (Regulation 2017/2063, Annex IV) written as the <sanctionEntity> records of the EU's
// full FSF XML 1.1 file (schema: ../shared/data/eu/eu_fsf_schema_1_1.xsd), so the loopback EU publisher's full file
// holds the entries the shipped annex holds, as the real one does. Made from the annex as OpenSanctions transcribed
// it (test/fixtures/venezuela-2019, a copy of ../shared/data/eu's file). The real file's logicalIds and EU reference
// numbers for these entries are in no file here: the ones written are the loopback's own (from 800000, and
// "EU.VEN.<annex no.>"), which is why the sync finds an annex entry in the file by what both carry, not by id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvLine, splitLines } from '../../lib/dataset/csv';
import { parseEuVenezuelaCsv } from '../../lib/dataset/eu';
import type { Entity } from '../../lib/dataset/format';
import { ROOT } from '../dataset-files';

export const EU_VENEZUELA_ANNEX = join(ROOT, 'test/fixtures/venezuela-2019/eu_journal_32017R2063_venezuela_consolidated_2025-12-17.csv');

const REGULATION_URL = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R2063';
// Council Regulation (EU) 2017/2063 of 13 November 2017, OJ L 295 of 14.11.2017, in force the next day.
const REGULATION_ATTRS = 'regulationType="regulation" organisationType="council" publicationDate="2017-11-14" entryIntoForceDate="2017-11-15" numberTitle="2017/2063 (OJ L295)" programme="VEN"';
const SUMMARY = `<regulationSummary regulationType="regulation" publicationDate="2017-11-14" numberTitle="2017/2063 (OJ L295)" publicationUrl="${REGULATION_URL}"/>`;
const FIRST_ID = 800000;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "Néstor Luis REVEROL TORRES": the annex writes the family names in capitals, after the given names. */
function nameParts(name: string): { first: string; last: string } {
  const words = name.split(/\s+/);
  let i = words.length;
  while (i > 0 && words[i - 1] === words[i - 1].toUpperCase() && /\p{L}/u.test(words[i - 1])) i--;
  return i === 0 || i === words.length ? { first: '', last: '' } : { first: words.slice(0, i).join(' '), last: words.slice(i).join(' ') };
}

function record(e: Entity, n: number, gender: string): string {
  let id = FIRST_ID + n * 100;
  const next = () => String(++id);
  const annexNo = e.sources[0].ref.split('/').pop() as string;
  const listed = e.sanctions[0].listed ?? '';
  const reason = e.sanctions[0].reason ?? '';
  const lines = [`  <sanctionEntity designationDate="${listed}" designationDetails="" unitedNationId="" euReferenceNumber="EU.VEN.${annexNo}" logicalId="${FIRST_ID + n * 100}">`];
  if (reason) lines.push(`        <remark>${esc(reason)}</remark>`);
  lines.push(`        <regulation ${REGULATION_ATTRS} logicalId="${FIRST_ID - 1}">`, `            <publicationUrl>${REGULATION_URL}</publicationUrl>`, '        </regulation>');
  lines.push(e.kind === 'person' ? '        <subjectType code="person" classificationCode="P"/>' : '        <subjectType code="enterprise" classificationCode="E"/>');
  for (const alias of e.names) {
    const { first, last } = alias.type === 'primary' ? nameParts(alias.name) : { first: '', last: '' };
    const fn = alias.type === 'primary' ? esc(e.positions[0] ?? '') : '';
    lines.push(
      `        <nameAlias firstName="${esc(first)}" middleName="" lastName="${esc(last)}" wholeName="${esc(alias.name)}" function="${fn}" gender="${gender}" title="" nameLanguage="" strong="${alias.type === 'weak' ? 'false' : 'true'}" regulationLanguage="en" logicalId="${next()}">`,
      `            ${SUMMARY}`,
      '        </nameAlias>',
    );
  }
  for (const c of e.nationalities) {
    const code = c === 'Venezuela' ? 'VE' : c === 'Colombia' ? 'CO' : '00';
    lines.push(`        <citizenship region="" countryIso2Code="${code}" countryDescription="${esc(code === '00' ? 'UNKNOWN' : c.toUpperCase())}" regulationLanguage="en" logicalId="${next()}">`, `            ${SUMMARY}`, '        </citizenship>');
  }
  for (const d of e.birthDates) {
    const [y, m, day] = d.split('-');
    const full = m && day ? `birthdate="${d}" dayOfMonth="${Number(day)}" monthOfYear="${Number(m)}" ` : '';
    lines.push(
      `        <birthdate circa="false" calendarType="GREGORIAN" city="${esc(e.birthPlaces[0] ?? '')}" zipCode="" ${full}year="${y}" region="" place="" countryIso2Code="00" countryDescription="UNKNOWN" regulationLanguage="en" logicalId="${next()}">`,
      `            ${SUMMARY}`,
      '        </birthdate>',
    );
  }
  for (const i of e.identifiers) {
    const passport = i.type === 'Passport';
    const code = i.country === 'Venezuela' ? 'VE' : '00';
    lines.push(
      `        <identification diplomatic="false" knownExpired="false" knownFalse="false" reportedLost="false" revokedByIssuer="false" issuedBy="" latinNumber="" nameOnDocument="" number="${esc(i.value)}" region="" identificationTypeCode="${passport ? 'passport' : 'id'}" identificationTypeDescription="${passport ? 'National passport' : 'National identification card'}" countryIso2Code="${code}" countryDescription="${code === 'VE' ? 'VENEZUELA' : 'UNKNOWN'}" regulationLanguage="en" logicalId="${next()}">`,
      `            ${SUMMARY}`,
      '        </identification>',
    );
  }
  lines.push('    </sanctionEntity>', '');
  return lines.join('\n');
}

/** The annex's 69 entries as FSF XML 1.1 <sanctionEntity> records, each ending with its line end. */
export function euVenezuelaRecords(): string[] {
  const text = readFileSync(EU_VENEZUELA_ANNEX, 'utf8');
  const { records, problems } = parseEuVenezuelaCsv(text, EU_VENEZUELA_ANNEX);
  if (problems.length) throw new Error(`the Venezuela annex did not read whole: ${problems[0].message}`);
  // The entity keeps no gender; the file's nameAlias does.
  const [head, ...rows] = splitLines(text).map((l) => parseCsvLine(l.text.replace(/^\uFEFF/, '')));
  const col = (name: string) => ('fields' in head ? head.fields.indexOf(name) : -1);
  const genders = new Map(rows.flatMap((r) => ('fields' in r ? [[r.fields[col('recordId')], r.fields[col('gender')]] as const] : [])));
  return records.map((e, n) => {
    const g = genders.get(e.sources[0].ref.split('/').pop() as string);
    return record(e, n, g === 'female' ? 'F' : g === 'male' ? 'M' : '');
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityStatus, type Entity } from '../../lib/dataset/format';
import { UK_AUTHORITY, UK_LIST, UK_LIST_URL, ukEntity, ukRegimeKey } from '../../lib/dataset/uk';
import { toEntity } from '../../lib/dataset/validate';
import { readUkSanctionsList, type UkDesignation } from '../../lib/sources/uk-sanctions-list-xml';

const xml = readFileSync(join(__dirname, '../fixtures/uk-fcdo/UK-Sanctions-List.excerpt.xml'), 'utf8');
const designations = readUkSanctionsList([xml], 'UK-Sanctions-List.xml').records;
const entities = designations.map(ukEntity);

function entity(id: string): Entity {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
}

describe('UK Sanctions List designations as entities', () => {
  it('gives one valid entity a Designation, of the kind the list says', () => {
    expect(entities.map((e) => [e.id, e.kind])).toEqual([
      ['uk-AFG0011', 'person'],
      ['uk-AQD0128', 'person'],
      ['uk-AQD0377', 'organization'],
      ['uk-DPR0075', 'vessel'],
    ]);
    for (const e of entities) {
      expect(toEntity(JSON.parse(JSON.stringify(e)), 'uk')).toEqual(e);
      expect(entityStatus(e)).toBe('sanctioned');
    }
  });

  it('names: the primary first, good aliases as aka, low-quality ones as weak, the original script as script', () => {
    expect(entity('uk-AFG0011').name).toBe('ABDUL LATIF MANSUR');
    expect(entity('uk-AFG0011').names).toEqual([
      { name: 'ABDUL LATIF MANSUR', type: 'primary' },
      { name: 'Abdul Latif MANSOOR', type: 'aka' },
      { name: 'Wali MOHAMMAD', type: 'aka' },
      { name: 'عبد اللطيف منصور', type: 'script' },
    ]);
    expect(entity('uk-AQD0128').names).toEqual([
      { name: 'AKRAM TURKI HISHAN AL-MAZIDIH', type: 'primary' },
      { name: 'Abu Akram', type: 'weak' },
      { name: 'Akram Turki Al-Hishan', type: 'aka' },
      { name: 'Abu Jarrah', type: 'weak' },
      { name: 'أكرم تركي هاشم المزيده', type: 'script' },
    ]);
    const variation = ukEntity({ ...designations[0], names: designations[0].names.map((n, i) => (i === 1 ? { ...n, type: 'primary-variation' as const } : n)) });
    expect(variation.names[1]).toEqual({ name: 'Abdul Latif MANSOOR', type: 'aka' });
    // Entity and ship aliases carry no AliasStrength: plain a.k.a.s.
    expect(entity('uk-AQD0377').names.map((n) => n.type)).toEqual(['primary', 'aka', 'aka', 'script']);
  });

  it('the personal details: birth dates as precise as the list gives them, places, nationality, positions', () => {
    const e = entity('uk-AFG0011');
    expect(e.birthDates).toEqual(['1968', '1967-11-12']);
    expect(e.birthPlaces).toEqual([
      'Zurmat District, Paktia Province, Afghanistan',
      'Garda Saray District, Paktia Province, Afghanistan',
      'Afghanistan',
    ]);
    expect(e.nationalities).toEqual(['Afghanistan']);
    expect(e.countries).toEqual(['Afghanistan']);
    expect(e.positions).toEqual(['Minister of Agriculture under the previous Taliban regime  (1996-2001)', 'Maulavi']);
    expect(entity('uk-AQD0128').birthDates).toEqual(['1974', '1975', '1979', '1958-09', '1985']);
  });

  it('identifiers: passports and national ids trimmed, the IMO number, and the UN reference of a UN designation', () => {
    expect(entity('uk-AFG0011').identifiers).toEqual([
      { type: 'Passport', value: 'D0009720' },
      { type: 'Passport', value: 'D0010442' },
      { type: 'UN Reference Number', value: 'TAi.007' },
    ]);
    expect(entity('uk-AQD0128').identifiers).toEqual([
      { type: 'National ID', value: '0075258' },
      { type: 'UN Reference Number', value: 'QDi.276' },
    ]);
    expect(entity('uk-DPR0075').identifiers).toEqual([{ type: 'IMO', value: 'IMO9562233' }]);
    expect(entity('uk-DPR0075').countries).toEqual(['Comoros']);
  });

  it('one active UK FCDO sanction under the regime, listed on DateDesignated, with the designation as a dated event', () => {
    const e = entity('uk-AFG0011');
    expect(e.sources).toEqual([{ list: UK_LIST, ref: 'AFG0011' }]);
    expect(e.sanctions).toEqual([{
      authority: 'UK FCDO', list: 'gb-fcdo-sanctions', program: 'Afghanistan', status: 'active', listed: '2001-01-31', sourceUrl: UK_LIST_URL,
    }]);
    expect(e.events).toEqual([
      {
        date: '2001-01-31', precision: 'day', type: 'designated', authority: UK_AUTHORITY,
        summary: 'Designated by the UN, carried by the UK under The Afghanistan (Sanctions) (EU Exit) Regulations 2020 (AFG0011)', sourceUrl: UK_LIST_URL,
      },
      { date: '2026-04-29', precision: 'day', type: 'amended', authority: UK_AUTHORITY, summary: 'UK entry AFG0011 amended', sourceUrl: UK_LIST_URL },
    ]);
    expect(entities.map((x) => x.sanctions[0].program)).toEqual([
      'Afghanistan',
      "Isil (Da'esh) and Al-Qaeda (United Nations)",
      "Isil (Da'esh) and Al-Qaeda (United Nations)",
      "Democratic People's Republic of Korea",
    ]);
  });

  it('says who designated: the UK, the UN, or both', () => {
    const summary = (designationSources: UkDesignation['designationSources']) => ukEntity({ ...designations[3], designationSources }).events[0].summary;
    expect(summary(['UK'])).toBe("Designated by the UK under The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019 (DPR0075)");
    expect(summary(['UK', 'UN'])).toMatch(/^Designated by the UK and the UN under /);
    expect(summary(['UN'])).toMatch(/^Designated by the UN, carried by the UK under /);
  });

  it('invents no date: without a readable DateDesignated there is no listed day and no designated event', () => {
    const d: UkDesignation = { ...designations[0] };
    delete d.dateDesignated;
    const e = ukEntity(d);
    expect(e.sanctions[0].listed).toBeUndefined();
    expect(e.events.map((x) => x.type)).toEqual(['amended']);
    expect(toEntity(e, 'uk')).toEqual(e);
  });

  it('quotes the UK statement of reasons, when there is one, as the sanction reason', () => {
    expect(entities.every((e) => e.sanctions[0].reason === undefined)).toBe(true);
    const e = ukEntity({ ...designations[0], statementOfReasons: 'Involved in activities of the Taliban.' });
    expect(e.sanctions[0].reason).toBe('Involved in activities of the Taliban.');
  });
});

describe('the short regime key', () => {
  it('keeps what tells regimes apart and drops the regulation boilerplate', () => {
    expect(ukRegimeKey('The Russia (Sanctions) (EU Exit) Regulations 2019')).toBe('Russia');
    expect(ukRegimeKey('The Global Human Rights Sanctions Regulations 2020')).toBe('Global Human Rights');
    expect(ukRegimeKey('The Counter-Terrorism (Sanctions) (EU Exit) Regulations 2019')).toBe('Counter-Terrorism');
    expect(ukRegimeKey('The Counter-Terrorism (International Sanctions) (EU Exit) Regulations 2019')).toBe('Counter-Terrorism (International)');
    expect(ukRegimeKey('The Iran (Sanctions) (Nuclear) (EU Exit) Regulations 2019')).toBe('Iran (Nuclear)');
    expect(ukRegimeKey('The Iran (Sanctions) Regulations 2023')).toBe('Iran');
    expect(ukRegimeKey('Some Order')).toBe('Some Order');
  });
});

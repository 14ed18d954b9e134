// Abd and the article after it, written apart or run on by each list (lib/dataset/cross-list.ts `foldAbd`): the UN's
// "ABDUL RAHIM HAMDAN DAGALO" and OFAC's "DAGALO, Abdelrahim Hamdan", both born 1 Jan 1972 in Khartoum, were two
// entities, so his card named one list only. The records below are those two lists' own, cut to what the rule reads.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { crossListKeys, crossListVerdict } from '../../lib/dataset/cross-list';

function person(id: string, names: string[], birthDates: string[], list: string, program: string): Entity {
  return {
    id, kind: 'person', name: names[0], names: names.map((name, i) => ({ name, type: i === 0 ? 'primary' : 'aka' })),
    birthDates, birthPlaces: [], nationalities: ['Sudan'], countries: [], positions: [], identifiers: [],
    sources: [{ list, ref: id }], sanctions: [{ authority: list, list, program, status: 'active', sourceUrl: 'https://example.org/' }], events: [],
  } as unknown as Entity;
}

const ofac = person('ofac-44807', ['DAGALO, Abdelrahim Hamdan', 'DAGLO MUSA, Abdelrahim Hamdan'], ['1972-01-01'], 'us-ofac-sdn', 'SUDAN-EO14098');
const un = person('un-SDi.008', ['ABDUL RAHIM HAMDAN DAGALO'], ['1972-01-01'], 'un-sc-consolidated', 'Sudan');
const shared = (a: Entity, b: Entity) => crossListKeys(a).filter((k) => crossListKeys(b).includes(k));

describe('the cross-list key of a name with Abd', () => {
  it('reads Abdel Rahim, Abdul Rahim and Abdelrahim as one name, and merges them with the birth year both lists give', () => {
    expect(shared(ofac, un)).toEqual(['j:abdrahimhamdandagalo']);
    expect(crossListVerdict(ofac, un, shared(ofac, un))).toEqual({ rule: 'name with its words joined, and birth year' });
  });

  it('folds Abdullah and Abdallah alike, and still refuses another year of birth', () => {
    const a = person('ofac-1', ['SALEH, Abdullah Ahmed'], ['1960'], 'us-ofac-sdn', 'SDGT');
    const b = person('un-1', ['ABDALLAH AHMED SALEH'], ['1975'], 'un-sc-consolidated', 'ISIL (Da\'esh) and Al-Qaida');
    expect(shared(a, b)).toEqual(['j:abdlahahmedsaleh']);
    expect(crossListVerdict(a, b, shared(a, b))).toEqual({ refused: 'born 1960 and 1975' });
  });

  it('leaves another name after Abd apart: Abdul Rahim is not Abdul Karim', () => {
    const karim = person('un-2', ['ABDUL KARIM HAMDAN DAGALO'], ['1972-01-01'], 'un-sc-consolidated', 'Sudan');
    expect(shared(ofac, karim)).toEqual([]);
  });
});

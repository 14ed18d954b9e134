import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { acronymCountryWeakAliases, personWeakAliasesInOwnNames, spells, spelledWeakAcronyms } from '../../lib/match/weak-own-names';
import { entity } from './fixtures';

// Made-up bodies shaped as OFAC lists Cuba's MINISTRY OF INTERIOR (aka MINISTERIO DEL INTERIOR, weak MININT) and a
// group whose weak alias its name does not spell.
const interior = { ...entity('interior', 'MINISTRY OF INTERIOR', 'organization', true, { countries: ['Cuba'] }), names: [{ name: 'MINISTRY OF INTERIOR', type: 'primary' as const }, { name: 'MINISTERIO DEL INTERIOR', type: 'aka' as const }, { name: 'MININT', type: 'weak' as const }] };
const group = { ...entity('group', 'AJNAD DARIM', 'organization', true, { countries: ['Egypt'] }), names: [{ name: 'AJNAD DARIM', type: 'primary' as const }, { name: 'EGYPT', type: 'weak' as const }, { name: 'SOLDIERS', type: 'weak' as const }] };
const index = buildNameIndex([interior, group]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a weak acronym its body\'s own name spells', () => {
  it('spells an acronym from the starts of the name\'s words, a connector\'s letter optional', () => {
    expect(spells('minint', ['ministerio', 'del', 'interior'])).toBe(true);
    expect(spells('mois', ['ministry', 'of', 'intelligence', 'and', 'security'])).toBe(true);
    expect(spells('mint', ['ministerio', 'del', 'interior'])).toBe(true);
    expect(spells('egypt', ['ajnad', 'darim'])).toBe(false);
    expect(spells('mini', ['ministerio', 'del', 'interior', 'cubano'])).toBe(false);
    expect(spelledWeakAcronyms(interior)).toEqual(['minint']);
    expect(spelledWeakAcronyms(group)).toEqual([]);
  });

  it('marks it in capitals on a sanctions page that names the body\'s country', () => {
    expect(marks('The Treasury sanctioned two Cuban officials. Cuba deployed units from MININT against protesters.')).toEqual(['MININT=interior']);
  });

  it('marks nothing in title case, without the country, or without a sanctions story', () => {
    expect(marks('The Treasury sanctioned two Cuban officials. Cuba deployed units from Minint against protesters.')).toEqual([]);
    expect(marks('The Treasury sanctioned two officials. The units came from MININT.')).toEqual([]);
    expect(marks('Cuba is warm in winter. MININT opened a museum in Havana.')).toEqual([]);
  });

  it('leaves a weak alias the name does not spell out', () => {
    expect(marks('The Treasury sanctioned a group in Egypt. EGYPT and SOLDIERS were named.')).toEqual([]);
  });
});

describe('a person\'s weak alias that runs inside one of the person\'s own listed names', () => {
  // Made-up, shaped as OFAC lists AL-BADRI (aka AL-QURASHI, Abu Bakr al-Baghdadi al-Husseini; weak ABU BAKR AL-BAGHDADI).
  const leader = {
    ...entity('leader', "AL-BADRANI, Ibrahim 'Awwad", 'person', true, { countries: ['Iraq'] }),
    names: [
      { name: "AL-BADRANI, Ibrahim 'Awwad", type: 'primary' as const },
      { name: 'AL-QURASHI, Abu Bakr al-Baghdadawi al-Husseini', type: 'aka' as const },
      { name: 'ABU BAKR AL-BAGHDADAWI', type: 'weak' as const },
      { name: 'ABU DUA', type: 'weak' as const },
      { name: 'SHEIKH OMAR AL-MASRI', type: 'weak' as const },
    ],
  };
  const people = buildNameIndex([leader]);

  it('takes a weak alias of three words or more found word for word in a strong name, no other', () => {
    expect(personWeakAliasesInOwnNames(leader)).toEqual(['ABU BAKR AL-BAGHDADAWI']);
  });

  it('marks it as the person (a sentence from benarnews.org)', () => {
    expect(scanText(people, 'The Treasury designated them as terrorists for pledging allegiance to IS leader Abu Bakr al-Baghdadawi.').map((m) => `${m.text}=${m.entityId}`)).toEqual(['Abu Bakr al-Baghdadawi=leader']);
    expect(scanText(people, 'The Treasury designated them; Sheikh Omar al-Masri spoke.').map((m) => m.entityId)).toEqual([]);
  });
});

describe('a branch\'s weak alias, its body\'s acronym and its own country', () => {
  // Made-up, shaped as OFAC lists ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE (weak ISIS-MOZAMBIQUE) beside the
  // parent body, whose acronym is a strong alias.
  const parent = { ...entity('parent', 'ISLAMIC FRONT OF ARDA AND SOLAN', 'organization', true), names: [{ name: 'ISLAMIC FRONT OF ARDA AND SOLAN', type: 'primary' as const }, { name: 'IFAS', type: 'aka' as const }] };
  const branch = {
    ...entity('branch', 'ISLAMIC FRONT OF ARDA AND SOLAN - MOZAMBIQUE', 'organization', true, { countries: ['Mozambique'] }),
    names: [
      { name: 'ISLAMIC FRONT OF ARDA AND SOLAN - MOZAMBIQUE', type: 'primary' as const },
      { name: 'IFAS-MOZAMBIQUE', type: 'weak' as const },
      { name: 'IFAS-KENYA', type: 'weak' as const },
      { name: 'DURATEK MOZAMBIQUE', type: 'weak' as const },
    ],
  };
  const bodies = buildNameIndex([parent, branch]);
  const found = (text: string) => scanText(bodies, text).map((m) => `${m.text}=${m.entityId}`);

  it('takes the weak alias whose acronym the body\'s own name spells and whose country is the body\'s, no other', () => {
    expect(acronymCountryWeakAliases(branch)).toEqual(['IFAS-MOZAMBIQUE']);
    expect(acronymCountryWeakAliases(parent)).toEqual([]);
  });

  it('marks the branch, not the parent its acronym alone names', () => {
    expect(found('The Treasury designated four IFAS-Mozambique financial facilitators based in South Africa.')).toEqual(['IFAS-Mozambique=branch']);
    expect(found('The Treasury designated four IFAS financial facilitators.')).toEqual(['IFAS=parent']);
    expect(found('The Treasury designated four IFAS-Kenya financial facilitators.')).toEqual(['IFAS=parent']);
  });
});

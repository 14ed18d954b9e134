// A body the lists name with its country's adjective first, or as "X of <country>'s Y", as English news writes it:
// "Syria's General Intelligence Directorate" (SYRIAN GENERAL INTELLIGENCE DIRECTORATE), "Law Enforcement Forces
// Special Units" (SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES), and a long possessive name without its possessive
// ("Counter-Terror Special Forces"): never on a page that names no country of the body's.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('gid', 'SYRIAN GENERAL INTELLIGENCE DIRECTORATE', 'organization', true, { countries: ['Syria'] }),
  entity('lefsu', "SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES", 'organization', true, {
    names: [{ name: "SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES", type: 'primary' }, { name: 'IRANIAN POLICE SPECIAL UNITS', type: 'aka' }],
    countries: ['Iran'],
  }),
  entity('ctsf', "IRAN'S COUNTER-TERROR SPECIAL FORCES", 'organization', true, { countries: ['Iran'] }),
  entity('faes', 'Special Actions Forces', 'agency', false, { countries: ['Venezuela'] }),
  // Made up, shaped like MYANMAR RUBY ENTERPRISE and SYRIAN AIR FORCE.
  entity('jadeite', 'MYANMAR JADEITE ENTERPRISE', 'organization', true, { countries: ['Burma'] }),
  entity('navy', 'BURMESE NAVAL FORCE', 'organization', true, { countries: ['Burma'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a body named without its country word', () => {
  it("is found after its country's possessive", () => {
    expect(marks("Ali Mamluk, director of Syria's General Intelligence Directorate, was designated.")).toEqual(['General Intelligence Directorate:gid']);
  });

  it('is not found after another country\'s possessive, or on a page about another country', () => {
    expect(marks("Egypt's General Intelligence Directorate was sanctioned, officials in Cairo said.")).toEqual([]);
    expect(marks('Egypt: the General Intelligence Directorate met the press.')).toEqual([]);
  });

  it('is found in English order, or without its possessive in four words, with its country on the page and sanctions words near', () => {
    expect(marks('Treasury sanctioned Iranian officials as well as the Law Enforcement Forces Special Units, Counter-Terror Special Forces and two prisons.')).toEqual([
      'Law Enforcement Forces Special Units:lefsu',
      'Counter-Terror Special Forces:ctsf',
    ]);
    expect(marks('India trained its Counter-Terror Special Forces in Kashmir.')).toEqual([]);
  });

  it("leaves an alias's words of kind alone, so they begin no other body's name", () => {
    expect(marks('Treasury sanctioned the commander of the Venezuelan National Police Special Actions Force in Venezuela.')).toEqual(['Special Actions Force:faes']);
  });

  it('is a firm by its brand and one word of kind, in a sanctions story about its country, and no two words of kind', () => {
    const story = 'El Departamento del Tesoro sancionó hoy a nueve militares de Myanmar y congeló sus activos. Las empresas sancionadas son ';
    expect(marks(`${story}Jadeite Enterprise y otras dos.`)).toEqual(['Jadeite Enterprise:jadeite']);
    expect(marks(`${story}la Naval Force y otras dos.`)).toEqual([]);
    expect(marks('The Jadeite Enterprise opened a shop in Paris.')).toEqual([]);
  });
});

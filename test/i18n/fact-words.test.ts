// The curated file's facts in English and Spanish, from the committed file: every fact worded through the catalog (no
// key left showing, no English sentence in the Spanish words), dates through Intl, and a fact missing what its type
// needs refused, as are English prose in a row and a reason of ours on a curated sanction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../lib/dataset/curated';
import type { Fact } from '../../lib/dataset/facts';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { factWords } from '../../lib/i18n/fact-words';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));
const rows = parseCurated(readFileSync(join(__dirname, '../../lib/dataset/curated.json'), 'utf8'), 'curated.json').records;
const facts = rows.flatMap((r) => (r.entity.facts ?? []).map((f) => [r.entity.id, f] as [string, Fact]));
const KEY = /\b(office|body|relation|members|fact)_\w+/;
// Words of ours that would give an English sentence away; the names a fact quotes are left out of the check.
const ENGLISH = /\b(the|of|and|its|was|on|from|former|called|son|not|some|designated|announced)\b/i;

describe('curated facts', () => {
  it('are in the committed file, and every one is worded in both languages', () => {
    expect(facts.length).toBeGreaterThanOrEqual(20);
    for (const [id, f] of facts) {
      const en = factWords(f, english);
      const spanish = factWords(f, es);
      expect(en, id).not.toMatch(KEY);
      expect(spanish, id).not.toMatch(KEY);
      expect(spanish.replace(f.name ?? '\u0000', ''), `${id} ${f.type}`).not.toMatch(ENGLISH);
    }
  });

  it('word the son and his nickname, with the day through Intl', () => {
    const guerra = rows.find((r) => r.entity.id === 'curated-maduro-guerra-nickname')!.entity.facts!;
    expect(guerra.map((f) => factWords(f, english))).toEqual([
      'Son of Nicolás Maduro.',
      'Called “Nicolasito” in the US announcements of his designation of 28 Jun 2019; the list\'s entry does not give that name.',
    ]);
    expect(guerra.map((f) => factWords(f, es))).toEqual([
      'Hijo de Nicolás Maduro.',
      'Apodado «Nicolasito» en los anuncios de EE. UU. sobre su designación del 28 jun 2019; la entrada de la lista no recoge ese nombre.',
    ]);
  });

  it('word an office with the years or months its source gives, and a former one', () => {
    const role = (office: Fact['office'], extra: Partial<Fact>): Fact => ({ type: 'role', office, sourceUrl: 'https://example.org/', ...extra });
    expect(factWords(role('usNationalSecurityAdvisor', { from: '2018-04', to: '2019-09' }), english)).toBe('National Security Advisor of the United States (Apr 2018–Sep 2019)');
    expect(factWords(role('usNationalSecurityAdvisor', { from: '2018-04', to: '2019-09' }), es)).toBe('Asesor de Seguridad Nacional de los Estados Unidos (abril de 2018–septiembre de 2019)');
    expect(factWords(role('sebinDirectorGeneral', { former: true }), es)).toBe('Ex director general del Servicio Bolivariano de Inteligencia Nacional (SEBIN)');
    expect(factWords(role('veNationalAssemblyPresident', { from: '2019-01' }), english)).toBe('President of the National Assembly of Venezuela (from Jan 2019)');
  });

  it('name the entries of a body\'s listed members, and a country in the reader\'s language', () => {
    const sebin = rows.find((r) => r.entity.id === 'curated-sebin')!.entity.facts!;
    expect(factWords(sebin[1], es)).toBe('No figura en las listas, pero algunos de sus directores sí: entrada 17810 de la OFAC, entrada 17816 de la OFAC.');
    expect(factWords({ type: 'designatedAsOfficial', country: 'VE', sourceUrl: 'https://example.org/' }, es)).toBe('Designación por un cargo en el Gobierno de Venezuela.');
  });

  it('refuse a fact without what its type needs, English prose in a row, and a reason of ours on a sanction', () => {
    const one = (row: object) => parseCurated(JSON.stringify({ entities: [{ id: 'x', kind: 'person', name: 'X', sourceUrls: ['https://example.org/'], ...row }] }), 'c.json').problems.map((p) => p.message);
    expect(one({ facts: [{ type: 'nickname', name: 'Nico', sourceUrl: 'https://example.org/' }] })).toEqual([expect.stringContaining('a nickname fact needs name, date')]);
    expect(one({ facts: [{ type: 'role', office: 'usVicePresident', sourceUrl: 'http://example.org/' }] })).toEqual([expect.stringContaining('https')]);
    expect(one({ facts: [{ type: 'role', office: 'usVicePresident', from: 'May 2019', sourceUrl: 'https://example.org/' }] })).toEqual([expect.stringContaining('YYYY')]);
    expect(one({ description: 'A person.' })).toEqual([expect.stringContaining('"description" is English prose')]);
    expect(one({ sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'X', status: 'active', reason: 'Because.', sourceUrl: 'https://example.org/' }] })).toEqual([expect.stringContaining('no "reason"')]);
  });
});

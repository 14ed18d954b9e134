// The card's facts, rendered from the shipped dataset's own records (public/dataset): readable title over the list's
// form, each sanction with its list's date, entry number, dates as far as the sources give them and the publisher's
// link, the EU's reason quoted, identifiers and every position, curated facts marked, history in the reader's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { h } from 'preact';
import renderToString from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { parseEntitiesJsonl } from '../../lib/dataset/jsonl';
import type { Entity } from '../../lib/dataset/format';
import { listDates } from '../../lib/dataset/list-dates';
import { parseManifest } from '../../lib/dataset/manifest';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { citationText, sanctionDates } from '../../lib/i18n/citation';
import { english } from '../../lib/i18n/english';

const dir = join(__dirname, '../../public/dataset');
const lists = listDates(parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).sources);
const wanted = new Set(['ofac-9760', 'ofac-22790', 'ofac-10481', 'ofac-22183', 'ofac-26367', 'curated-cristopher-figuera', 'curated-mike-pence', 'ofac-26946', 'ofac-27008', 'curated-sebin', 'curated-juan-guaido', 'ofac-10325', 'curated-us-treasury', 'ofac-24228', 'ofac-7221']);
const byId = new Map<string, Entity>();
for (const line of gunzipSync(readFileSync(join(dir, 'entities.jsonl.gz'))).toString('utf8').split('\n')) {
  const id = /^\{"id":"([^"]+)"/.exec(line)?.[1];
  if (id && wanted.has(id)) byId.set(id, parseEntitiesJsonl(line, 'entities.jsonl.gz').records[0]);
}
const es = translator(catalogGetMessage(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));
// The day the shipped dataset was built: every list in it is then more than 30 days old.
const NOW = Date.parse('2026-12-06T05:42:16Z');
const card = (id: string, t = english, pageText?: string, now = NOW) => renderToString(h(EntityCard, { entity: byId.get(id)!, alternatives: [], lists, t, pageText, now }));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the card of a listed person', () => {
  it("titles Maduro as people write him, with the list's form and the page's beneath", () => {
    const html = card('ofac-22790', english, 'Maduro');
    expect(html).toContain('<h2 id="sl-card-title">Nicolás Maduro Moros</h2>');
    expect(text(html)).toContain('As the list writes it: MADURO MOROS, Nicolas');
    expect(text(html)).toContain('On this page: “Maduro”');
  });

  it("dates Maduro's programs by the files that hold them, with the entry number and OFAC's page", () => {
    const t = text(card('ofac-22790'));
    expect(t).toContain('US OFAC · OFAC SDN list as of 2 Jul 2024 (2 years ago) · OFAC entry 22790 · OFAC');
    expect(t).toContain('VENEZUELA · on the list by 4 Jan 2019');
    expect(t).toContain('IRAN-CON-ARMS-EO · listed between 4 Jan 2019 and 22 May 2021');
    expect(card('ofac-22790')).toContain('<a href="https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790" target="_blank" rel="noopener noreferrer">OFAC</a>');
    expect(text(card('ofac-22790', es))).toContain('VENEZUELA · ya en la lista el 4 ene 2019');
    expect(text(card('ofac-10481', es))).toContain('Consejo de Seguridad de la ONU · Lista del Consejo de Seguridad de la ONU al 27 feb 2026');
  });

  it("quotes the EU's reason as the list words it, and shows both birth dates, identifiers and every position", () => {
    const t = text(card('ofac-22183'));
    expect(t).toContain('Maikel José Moreno Pérez');
    expect(t).toContain('EU · EU Venezuela annex as of 17 Dec 2025 (11 months ago) · Annex IV, no. 5 · EUR-Lex');
    expect(t).toContain('EU-VEN · listed 22 Jan 2018');
    expect(t).toMatch(/Reason, as the list words it: “Judge of the Criminal Appeal Chamber/);
    expect(t).toContain('31 Dec 1965, 12 Dec 1965');
    expect(t).toContain('Cedula 6652632 (Venezuela)');
    expect(t).toContain("President of the Criminal Appellate Chamber of Venezuela's Supreme Court of Justice");
  });

  it("dates a removal the list gives no day for by the two files that bound it, as the history does (Rusal's)", () => {
    // The row said a bare "delisted" while the history below it gave the window.
    expect(text(card('ofac-24228'))).toContain('UKRAINE-EO13661 · on the list by 4 Jan 2019 · removed from the list between 4 Jan 2019 and 22 May 2021');
    expect(text(card('ofac-24228', es))).toContain('UKRAINE-EO13661 · ya en la lista el 4 ene 2019 · salió de la lista entre el 4 ene 2019 y el 22 may 2021');
    expect(citationText(byId.get('ofac-24228')!, lists, english)).toContain('UKRAINE-EO13662, on the list by 4 Jan 2019, removed from the list between 4 Jan 2019 and 22 May 2021');
  });

  it("gives Soleimani's one OFAC entry day as the entry's, and his UN reference", () => {
    const t = text(card('ofac-10481'));
    expect(t).toContain('SDGT · on the list by 4 Jan 2019');
    expect(t).toContain('UN ref. IRi.039');
    // The extract's programs are of 2024 (IFSR dates from 2010): never worded as the programs the entry was created under.
    expect(t).toContain("Entry created on the OFAC SDN list; the source gives the entry's programs of a later day (IRGC, SYRIA, IFSR, NPWMD, SDGT), with no day for each");
    expect(t).not.toContain('one entry for');
    expect(t).toContain('Iran · listed 24 Mar 2007');
  });
});

describe('other entries that share the name', () => {
  it('are named as people write them too', () => {
    const html = renderToString(h(EntityCard, { entity: byId.get('ofac-22790')!, lists, now: NOW, alternatives: [{ id: 'ofac-26946', name: 'MADURO GUERRA, Nicolas Ernesto', kind: 'person', status: 'sanctioned', countries: ['Venezuela'] }] }));
    expect(text(html)).toContain('Nicolas Ernesto Maduro Guerra');
  });

  // "Jose Gonzalez" among footballers: a possible match to GONZALEZ QUIRARTE, and another sanctioned Mexican whose
  // alias "Jose Ignacio" shares the words. That other entry's red verdict is not about the player.
  const gonzalez = (t = english) =>
    renderToString(
      h(EntityCard, {
        entity: byId.get('ofac-7221')!,
        pageText: 'Jose Gonzalez',
        status: 'possible',
        lists,
        now: NOW,
        t,
        alternatives: [{ id: 'ofac-23124', name: 'GONZALEZ PENUELAS, Ignacio', kind: 'person', status: 'sanctioned', countries: ['Mexico'], matched: 'GONZALEZ PENUELAS, Jose Ignacio' }],
      }),
    );
  const others = (html: string) => html.slice(html.indexOf('<section class="sl-alternatives"'), html.indexOf('</section>', html.indexOf('<section class="sl-alternatives"')));

  it('say which of their names matched and that each is another entry, in quiet words without the red badge', () => {
    const group = others(gonzalez());
    expect(group).not.toBe('');
    expect(group).not.toContain('sl-badge');
    expect(text(group)).toContain('Other entries that share this name');
    expect(text(group)).toContain('Ignacio Gonzalez Penuelas');
    expect(text(group)).toContain('name that matched: “GONZALEZ PENUELAS, Jose Ignacio”');
    expect(text(group)).toContain('that other entry is sanctioned');
    expect(text(group)).toContain('not a finding about the name on this page');
  });

  it('say the same in Spanish', () => {
    const group = others(gonzalez(es));
    expect(group).not.toContain('sl-badge');
    expect(text(group)).toContain('Otras entradas que comparten este nombre');
    expect(text(group)).toContain('nombre que coincide: «GONZALEZ PENUELAS, Jose Ignacio»');
    expect(text(group)).toContain('esa otra entrada tiene sanciones');
  });
});

describe("a sanction's dates", () => {
  const s = { authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'active' as const };
  it('show a window within one day as that day, and a removal with no day as such', () => {
    expect(sanctionDates({ ...s, listedAfter: '2021-12-02', listedBy: '2021-12-02' }, english)).toEqual(['listed 2 Dec 2021']);
    expect(sanctionDates({ ...s, listedAfter: '2021-11-23', listedBy: '2021-12-02' }, es)).toEqual(['entró en la lista entre el 23 nov 2021 y el 2 dic 2021']);
    expect(sanctionDates({ ...s, status: 'delisted', listedBy: '2019-01-04' }, english)).toEqual(['on the list by 4 Jan 2019', 'delisted']);
    // No source we hold gives a date: said in words, never left blank as if a date were left out.
    expect(sanctionDates(s, english)).toEqual(['the list gives no listing date']);
    expect(sanctionDates(s, es)).toEqual(['la lista no indica la fecha de inclusión']);
  });
});

describe("a list's age", () => {
  it('is said when the list is more than 30 days old, in the reader\'s language, and not before', () => {
    expect(text(card('ofac-22790', english, undefined, Date.parse('2024-07-20')))).toContain('OFAC SDN list as of 2 Jul 2024 · OFAC entry 22790');
    // Its age in whole weeks, months or years, as the reader's language says it: a list of two and a half years is not
    // "more than 30 days old".
    expect(text(card('ofac-22790', english, undefined, Date.parse('2024-08-02')))).toContain('OFAC SDN list as of 2 Jul 2024 (4 weeks ago) · OFAC entry 22790');
    expect(text(card('ofac-22790', english, undefined, Date.parse('2025-03-02')))).toContain('OFAC SDN list as of 2 Jul 2024 (7 months ago)');
    // Half a day past 30 days is old, and says its age: never an empty "()" (the age once rounded the days down first).
    expect(text(card('ofac-22790', english, undefined, Date.parse('2024-08-01T12:00:00Z')))).toContain('OFAC SDN list as of 2 Jul 2024 (4 weeks ago) · OFAC entry 22790');
    expect(text(card('ofac-22790', es))).toContain('Lista SDN de la OFAC al 2 jul 2024 (hace 2 años)');
    expect(text(card('curated-mike-pence'))).toContain('Lists checked: OFAC SDN list (2 Jul 2024, 2 years ago), OFAC non-SDN list (19 Dec 2025, 11 months ago)');
    // One pair of brackets a list, in either language: never "(2 jul 2024) (hace…)".
    expect(text(card('curated-mike-pence', es))).toContain('Listas consultadas: Lista SDN de la OFAC (2 jul 2024, hace 2 años), ');
    expect(text(card('curated-mike-pence', es))).not.toMatch(/\) \(/);
  });
});

describe('curated facts', () => {
  it("date PDVSA by the Treasury's release, marked curated, and title it with its accents", () => {
    const html = card('ofac-26367');
    expect(text(html)).toContain('Petróleos de Venezuela, S.A.');
    expect(text(html)).toContain('VENEZUELA-EO13850 · listed 28 Jan 2019 (curated by Sanctions Lens · U.S. Treasury press release)');
    expect(html).toContain('href="https://home.treasury.gov/news/press-releases/sm594"');
    expect(text(html)).not.toMatch(/between 4 Jan 2019/);
  });

  it("mark Cristopher Figuera's designation and removal as curated, each with its release", () => {
    const t = text(card('curated-cristopher-figuera'));
    expect(t).toContain('VENEZUELA · listed 15 Feb 2019 · delisted 7 May 2019 · curated by Sanctions Lens · U.S. Treasury press release');
    expect(t).toContain('Delisted from the OFAC SDN list (VENEZUELA) · curated by Sanctions Lens · U.S. Treasury press release');
    expect(text(card('curated-cristopher-figuera', es))).toContain('Exclusión de la lista SDN de la OFAC (VENEZUELA) · dato recopilado por Sanctions Lens · comunicado del Tesoro de EE. UU.');
  });
});

describe('the citation', () => {
  it('gives name, list, program, dates, entry number and the official link as plain text', () => {
    expect(citationText(byId.get('ofac-22790')!, lists, english)).toBe([
      'Nicolás Maduro Moros (As the list writes it: MADURO MOROS, Nicolas)',
      'OFAC SDN list as of 2 Jul 2024, OFAC entry 22790: VENEZUELA, on the list by 4 Jan 2019; IRAN-CON-ARMS-EO, listed between 4 Jan 2019 and 22 May 2021. https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790',
    ].join('\n'));
  });

  it('says, for a person on no list, which lists were checked and as of when', () => {
    expect(citationText(byId.get('curated-mike-pence')!, lists, english)).toMatch(/^Mike Pence\nLists checked: OFAC SDN list \(2 Jul 2024\)/);
  });

  it('is offered by a button on every card', () => {
    expect(card('curated-mike-pence')).toContain('<button type="button" class="sl-button">Copy citation</button>');
    expect(card('curated-mike-pence', es)).toContain('Copiar cita');
  });
});

describe('the card in Spanish', () => {
  // The lists' own English words are marked lang="en" and labelled; what is left must be Spanish.
  const ours = (html: string) => text(html.replace(/<(span|li)[^>]* lang="en"[^>]*>[^<]*<\/\1>/g, '').replace(/<a [^>]*>[^<]*<\/a>/g, ''));
  const ENGLISH = /\b(the|of|and|its|was|from|former|called|son|designated|announced|removed|listed)\b/i;

  it('words the curated facts, with their sources, and no English sentence of ours', () => {
    for (const id of ['ofac-26946', 'ofac-27008', 'curated-sebin', 'curated-juan-guaido', 'curated-mike-pence', 'curated-cristopher-figuera']) {
      const html = card(id, es);
      expect(ours(html).replace(/MADURO GUERRA, Nicolas Ernesto|GENERAL DIRECTORATE OF MILITARY COUNTERINTELLIGENCE|Directorate-General of Military Counter-Intelligence|General Directorate of Military Counterintelligence|Bolivarian [\w ]+|National Intelligence Service|Special Action Forces/g, ''), id).not.toMatch(ENGLISH);
    }
    const guerra = text(card('ofac-26946', es));
    expect(guerra).toContain('Hijo de Nicolás Maduro.');
    expect(guerra).toContain('Datos recopilados por Sanctions Lens');
    expect(guerra).toContain('Apodado «Nicolasito» en los anuncios de EE. UU. sobre su designación del 28 jun 2019');
    // His offices ended in January 2023, as the source says: the card never words them as current.
    expect(text(card('curated-juan-guaido', es))).toContain('Presidente de la Asamblea Nacional de Venezuela (enero de 2019–enero de 2023)');
    expect(text(card('curated-juan-guaido', english))).toContain('President of the National Assembly of Venezuela (Jan 2019–Jan 2023)');
    expect(text(card('curated-juan-guaido', english))).not.toContain('from January 2019');
    expect(text(card('curated-mike-pence', english))).toContain('Vice President of the United States (2017–2021) · Wikipedia');
  });

  it("labels a list's position as that list's English words", () => {
    const html = card('ofac-22790', es);
    // Maduro's record holds a curated row too, but the role line is OFAC's words: only OFAC's list is named.
    expect(text(html)).toContain('Cargo según la lista SDN de la OFAC, en inglés: “President of the Bolivarian Republic of Venezuela”');
    expect(html).toContain('<span lang="en">“President of the Bolivarian Republic of Venezuela”</span>');
    expect(text(card('ofac-22183', es))).toContain('Cargossegún la lista SDN de la OFAC o la lista de Venezuela de la UE (Reglamento 2017/2063), en inglés');
    expect(text(card('ofac-22183', es))).toContain('Motivo, tal como lo redacta la lista, en inglés: “Judge of the Criminal Appeal Chamber');
    // Identifier types in Spanish, a national document's name as written; the country through Intl.
    expect(text(card('ofac-22183', es))).toContain('Pasaporte 104063109 (Venezuela)');
    expect(text(card('ofac-22183', es))).toContain('Cedula 6652632 (Venezuela)');
    expect(text(card('ofac-22183'))).toContain('Passport 104063109 (Venezuela)');
    // Lukashenka's position is the curated row's (from OFAC's files of 2019 and 2021), never passed off as the list's.
    expect(text(card('ofac-9760', es))).toContain('Cargo según nuestros registros curados, en inglés: “President of Belarus');
    // Musoni's OFAC entry gives no position; the UN entry merged into it does: the UN's list is named, not OFAC's.
    expect(text(card('ofac-10325', es))).toMatch(/Cargo según la [^,]*ONU, en inglés: “Former FDLR Vice President”/);
    // In English the list's words need no label, but they still name the one source whose words they are.
    expect(text(card('ofac-22790'))).not.toContain('Position as');
    expect(text(card('ofac-22790'))).toContain('President of the Bolivarian Republic of Venezuela · from the OFAC SDN list');
    expect(text(card('ofac-9760'))).toMatch(/President of Belarus[^·]*· from our curated records/);
    expect(text(card('ofac-10325'))).toMatch(/Former FDLR Vice President · from the [^·]*UN/);
    // A curated record's role is its fact, with the fact's own source; no list is named for it.
    expect(text(card('curated-mike-pence'))).not.toContain('· from ');
  });
});

describe('places and UN regimes in Spanish', () => {
  it("Soleimani's card names Iran in Spanish, and marks Qom as the list's words", () => {
    const html = card('ofac-10481', es);
    expect(text(html)).toContain(' en Qom, Irán (la ciudad o región, como la escribe la lista)');
    expect(html).toContain('<span lang="en">Qom</span>');
    // The UN's Iran regime, not the list's English word.
    expect(text(html)).toMatch(/Irán · /);
    expect(text(html)).not.toMatch(/\bIran\b/);
    expect(text(card('ofac-10481'))).toContain('Qom, Iran');
  });
});

describe('the aliases line', () => {
  it('keeps the last name shown apart from the button that shows the rest, in text and for a screen reader', () => {
    const line = /Also known as:[^<]*<\/span>(.*?)<\/p>/s.exec(card('curated-us-treasury'))?.[1] ?? '';
    expect(text(line)).toMatch(/[\p{L}.] \d+ more$/u);
    expect(text(card('curated-us-treasury', es))).toMatch(/[\p{L}.] \d+ más/u);
  });
});

// Issue #18, the right person first: the lists tie people and firms together (OFAC's "Linked To:", a position's
// organisation), and a page that names one beside a name tells which of two namesakes or two entries it means. Made-up
// entries shaped like the lists' own (OFAC's two TECHNOPROMEXPORT firms and their director; two BOGDANOVs).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const russia = { countries: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('oao', 'OTKRYTOE AKTSIONERNOE OBSHCHESTVO VNESHNEEKONOMICHESKOE OBEDINENIE ZOLOTEKSPORT', 'organization', true, {
    ...russia,
    names: [
      { name: 'OTKRYTOE AKTSIONERNOE OBSHCHESTVO VNESHNEEKONOMICHESKOE OBEDINENIE ZOLOTEKSPORT', type: 'primary' },
      { name: 'JSC ZOLOTEKSPORT', type: 'aka' },
    ],
  }),
  entity('llc', 'LIMITED LIABILITY COMPANY FOREIGN ECONOMIC ASSOCIATION ZOLOTEKSPORT', 'organization', true, russia),
  entity('director', 'PERELAZ-GILKIN, Sergey Anatolyevich', 'person', true, {
    ...russia,
    links: [{ relation: 'linked-to', name: 'LIMITED LIABILITY COMPANY FOREIGN ECONOMIC ASSOCIATION ZOLOTEKSPORT', id: 'llc' }],
  }),
  // A body whose name begins with another's brand is no firm of that brand: its member's link does not make it the brand.
  entity('group', 'ISLAMIC FRONT OF ZARQAWIYA', 'organization', true, { countries: ['Syria'], names: [{ name: 'ISLAMIC FRONT OF ZARQAWIYA', type: 'primary' }, { name: 'ZARQAWIYA', type: 'aka' }] }),
  entity('branch', 'ZARQAWIYA-SOMALIA', 'organization', true, { countries: ['Somalia'] }),
  entity('member', 'WARSAME, Abdiqani Yusuf', 'person', true, { countries: ['Somalia'], links: [{ relation: 'linked-to', name: 'ZARQAWIYA-SOMALIA', id: 'branch' }] }),
  // Two namesakes; the lists tie one to a firm by his position only.
  entity('firm', 'JSC NORDVOLGANEFT', 'organization', true, russia),
  entity('kornev-1', 'KORNEV, Arkady Petrovich', 'person', true, { ...russia, positions: ['Director General of JSC Nordvolganeft'] }),
  entity('kornev-2', 'KORNEV, Arkady Ivanovich', 'person', true, russia),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const withAlternatives = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${[m.entityId, ...m.alternatives].join(',')}:${m.status}`));

describe('a firm the brand names, told apart by the person the lists link to it', () => {
  it('is the LLC whose director the page names beside the brand, after him or before', () => {
    expect(marks(['The US Treasury sanctioned Russian firms: the head of Zoloteksport, Sergey Perelaz-Gilkin, and his company.'])).toEqual([
      'Zoloteksport:llc:sanctioned',
      'Sergey Perelaz-Gilkin:director:sanctioned',
    ]);
    expect(marks(['The US Treasury sanctioned Sergey Perelaz-Gilkin, the Russian head of Zoloteksport.'])).toEqual([
      'Sergey Perelaz-Gilkin:director:sanctioned',
      'Zoloteksport:llc:sanctioned',
    ]);
  });

  it('is the brand’s own firm, the LLC offered after it, when the page names no one the lists link', () => {
    expect(withAlternatives(['The US Treasury sanctioned the Russian exporter Zoloteksport on Tuesday.'])).toEqual(['Zoloteksport:oao,llc:sanctioned']);
  });

  it('is never a body whose name only begins with the brand, whatever its members on the page', () => {
    expect(withAlternatives(['The Treasury sanctioned Abdiqani Yusuf Warsame, who moved money for Zarqawiya in Syria.'])).toEqual([
      'Abdiqani Yusuf Warsame:member:sanctioned',
      'Zarqawiya:group,branch:sanctioned',
    ]);
  });
});

describe('two listed people with one name', () => {
  it('are the one whose position names the firm the page names', () => {
    expect(withAlternatives(['The US sanctioned Russian oligarchs, among them Arkady Kornev of Nordvolganeft.'])).toEqual([
      'Arkady Kornev:kornev-1,kornev-2:sanctioned',
      'Nordvolganeft:firm:sanctioned',
    ]);
  });

  it('stay possible, both offered, when the page names neither one’s firm', () => {
    expect(withAlternatives(['The US sanctioned Russian oligarchs, among them Arkady Kornev.'])).toEqual(['Arkady Kornev:kornev-1,kornev-2:possible']);
  });
});

describe('a firm whose one word is a common name, once the page named someone the lists link to it', () => {
  const wagner = buildNameIndex([
    ...fixtureEntities,
    entity('pmc', "PRIVATE MILITARY COMPANY 'WAGNER'", 'organization', true, { ...russia, names: [{ name: "PRIVATE MILITARY COMPANY 'WAGNER'", type: 'primary' }, { name: 'WAGNER GROUP', type: 'aka' }] }),
    entity('utkin', 'UTKIN, Dmitriy Valeryevich', 'person', true, { ...russia, links: [{ relation: 'linked-to', name: "PRIVATE MILITARY COMPANY 'WAGNER'", id: 'pmc' }] }),
  ]);
  const found = (text: string) => scanPage(wagner, [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

  it('finds "Wagner" after its commander on a sanctions page that names Russia', () => {
    expect(found('La UE impuso sanciones a Dmitry Utkin, un ex teniente coronel ruso. Según Bruselas, Wagner opera en Libia por orden de Rusia.')).toEqual([
      'Dmitry Utkin=utkin',
      'Wagner=pmc',
    ]);
  });

  it('leaves "Wagner" alone without him, and a person named Wagner beside him', () => {
    expect(found('La UE impuso sanciones a oficiales rusos. Según Bruselas, Wagner opera en Libia por orden de Rusia.')).toEqual([]);
    expect(found('La UE impuso sanciones a Dmitry Utkin, un ex teniente coronel ruso. En Rusia se escucha a Richard Wagner.')).toEqual(['Dmitry Utkin=utkin']);
  });
});

// The UN list joins several spellings of an alias in one ALIAS_NAME (22 of the 1,003 records of 2026-02-27 do, in 27
// aliases): each is a name of its own, with its alias's quality. Strings as the UN file writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnXml } from '../../lib/dataset/un';
import { unAliasNames } from '../../lib/dataset/un-aliases';

describe('a UN alias that lists several names', () => {
  it('is each name the ";" separates, and an alias without ";" stays whole', () => {
    expect(unAliasNames('Mortaza Rezaie; Mortaza Rezai; Morteza Rezai')).toEqual(['Mortaza Rezaie', 'Mortaza Rezai', 'Morteza Rezai']);
    expect(unAliasNames('Hay’at Tahrir al-Sham (HTS)')).toEqual(['Hay’at Tahrir al-Sham (HTS)']);
    expect(unAliasNames('Abu Bakr al-Baghdadi, a)')).toEqual(['Abu Bakr al-Baghdadi, a)']);
  });

  it('takes an original-script name and its romanisations in brackets as names apart, and the lettered second alias', () => {
    expect(unAliasNames('حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)')).toEqual(['حسن غول', 'Hassan Ghul', 'Hassan Gul', 'Hasan Gul']);
    expect(unAliasNames('Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet; M. Jawad Kareemi Sabet; M. Jawad Karimi Sabet'))
      .toEqual(['Mohammed Sabet', 'Mohammad Sabet', 'M. Javad Kareemi Sabet', 'M. Jawad Kareemi Sabet', 'M. Jawad Karimi Sabet']);
    expect(unAliasNames('Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hay’at Tahrir al-Sham; Tahrir al-Sham Hay’at)'))
      .toEqual(['Hay’at Tahrir al-Sham (HTS)', 'هيئة تحرير الشام', 'Hay’at Tahrir al-Sham', 'Tahrir al-Sham Hay’at']);
  });

  it('gives the UN record each spelling as a name, so the matcher and the search see "Morteza Rezai"', () => {
    const xml = readFileSync(join(__dirname, '../fixtures/same-name/UN_consolidated_2026-02-27.sample.xml'), 'utf8');
    const rezaie = parseUnXml(xml, 'un.xml').records.find((e) => e.id === 'un-IRi.033')!;
    expect(rezaie.names).toEqual([
      { name: 'MORTEZA REZAIE', type: 'primary' },
      { name: 'Mortaza Rezaie', type: 'aka' },
      { name: 'Mortaza Rezai', type: 'aka' },
      { name: 'Morteza Rezai', type: 'aka' },
    ]);
  });

  it('keeps a "Low" alias weak in each of its spellings', () => {
    const xml = readFileSync(join(__dirname, '../fixtures/same-name/UN_consolidated_2026-02-27.sample.xml'), 'utf8')
      .replace('<QUALITY>Good</QUALITY>\n        <ALIAS_NAME>Mortaza Rezaie;', '<QUALITY>Low</QUALITY>\n        <ALIAS_NAME>Mortaza Rezaie;');
    const rezaie = parseUnXml(xml, 'un.xml').records.find((e) => e.id === 'un-IRi.033')!;
    expect(rezaie.names.filter((n) => n.type === 'weak').map((n) => n.name)).toEqual(['Mortaza Rezaie', 'Mortaza Rezai', 'Morteza Rezai']);
  });
});

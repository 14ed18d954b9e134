// Namesakes of listed Arabs, Iranians and Afghans on a page with no sanctions story (a football report): a name
// whose every word is a common name there is only "possible". Commonness rests on real frequencies: the common
// forenames of those countries (../shared/data/names, lib/names/given-names-muslim-world.ts) and, for Arabic script,
// how many of the persons the lists name in Arabic script carry a word, and how many listed persons have a word as
// their first given name.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { isCommonNamePart } from '../../lib/names/frequency';
import { entity } from './fixtures';

const marks = (entities: Entity[], text: string) => scanPage(buildNameIndex(entities), [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a Latin-script name of common Iranian given names', () => {
  it('counts Shams, a common forename in the Arab world and Iran, as a common name part; not a rare surname', () => {
    expect(isCommonNamePart('shams')).toBe(true);
    expect(isCommonNamePart('reza')).toBe(true);
    expect(isCommonNamePart('naqdi')).toBe(false);
  });

  const naqdi = entity('naqdi', 'NAQDI, Mohammad Reza', 'person', true, {
    names: [{ name: 'NAQDI, Mohammad Reza', type: 'primary' }, { name: 'SHAMS, Mohammad Reza', type: 'aka' }],
    countries: ['Iran'],
    positions: ['Commander of the Basij'],
  });

  it('is only possible for a striker "Mohammad Reza Shams"', () => {
    expect(marks([naqdi], 'The striker Mohammad Reza Shams scored twice as the home side won on Sunday.')).toEqual(['Mohammad Reza Shams:naqdi:possible']);
  });

  it('is still the listed person by a rare name ("Mohammad Reza Naqdi")', () => {
    expect(marks([naqdi], 'Mohammad Reza Naqdi spoke in Tehran on Monday.')).toEqual(['Mohammad Reza Naqdi:naqdi:sanctioned']);
  });
});

// Letters only, so that each filler is its own made-up word.
const word = (n: number) => 'Q' + [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');

/**
 * 4,000 persons in Latin letters only (so that the dataset-wide bar is 12 persons), nine persons the list also
 * names in Arabic script with "الدين" in the name (few in the dataset, many among its Arabic-script names), and two
 * more: one listed by the single compound given name "شمس الدین", one by a name with a rare family word.
 */
function dataset(): Entity[] {
  const out: Entity[] = [];
  for (let n = 0; n < 4000; n++) out.push(entity(`f${n}`, `${word(n)}, ${word(n + 5000)}`, 'person', true));
  const heads = ['نور', 'صلاح', 'عز', 'علاء', 'بدر', 'نصير', 'خير', 'جلال', 'فخر'];
  const families = ['البغدادي', 'الكردي', 'الموصلي', 'الحلبي', 'الدمشقي', 'البصري', 'التونسي', 'اليمني', 'المصري'];
  heads.forEach((h, k) => out.push(entity(`din${k}`, `${word(k + 9000)}, ${word(k + 9100)}`, 'person', true, {
    names: [{ name: `${word(k + 9000)}, ${word(k + 9100)}`, type: 'primary' }, { name: `${h} الدين ${families[k]}`, type: 'aka' }],
  })));
  out.push(entity('shamsuddin', 'SHAMSUDDIN', 'person', true, { names: [{ name: 'SHAMSUDDIN', type: 'primary' }, { name: 'شمس الدین', type: 'aka' }] }));
  out.push(entity('siraj', 'ZARGHANI, Siraj al-Din', 'person', true, { names: [{ name: 'ZARGHANI, Siraj al-Din', type: 'primary' }, { name: 'سراج الدين زرغاني', type: 'aka' }] }));
  return out;
}

describe('an Arabic-script name of common Arabic given names', () => {
  const entities = dataset();

  it('is only possible for a coach "شمس الدين" (Shams al-Din: a compound given name many listed people share)', () => {
    expect(marks(entities, 'سجل المدرب شمس الدين هدفين. وقال المدرب شمس الدين إن الفريق لعب جيدا.')).toEqual(['شمس الدين:shamsuddin:possible', 'شمس الدين:shamsuddin:possible']);
  });

  it('is still the listed person by a name with a rare family word', () => {
    expect(marks(entities, 'وقال سراج الدين زرغاني إن الاجتماع انتهى.')).toEqual(['سراج الدين زرغاني:siraj:sanctioned']);
  });
});

describe('a surname that the lists give many people as their first given name', () => {
  // Morteza: the first given name of six listed persons (fewer than the dataset-wide bar carry it in all); a listed
  // person whose surname it is, with common given names.
  const surnames = ['KARIMZADEH', 'NOURBAKHSH', 'TAHERKHANI', 'JAVANBAKHT', 'SOLTANPOUR', 'BAHRAMIAN'];
  const listed = (n: number) => [
    ...surnames.slice(0, n).map((s, k) => entity(`m${k}`, `${s}, Morteza`, 'person', true)),
    entity('morteza', 'MORTEZA, Mohammad Ali', 'person', true, { countries: ['Iran'] }),
    entity('zarvani', 'ZARVANI, Mohammad Ali', 'person', true, { countries: ['Iran'] }),
  ];
  const page = 'The goalkeeper Mohammad Ali Morteza saved a penalty on Sunday. Mohammad Ali Zarvani scored.';

  it('makes a name of common given names and that surname only possible on a page with no story; a rare surname stays', () => {
    expect(marks(listed(6), page)).toEqual(['Mohammad Ali Morteza:morteza:possible', 'Mohammad Ali Zarvani:zarvani:sanctioned']);
  });

  it('is not so when fewer persons have it first', () => {
    expect(marks(listed(4), page)).toEqual(['Mohammad Ali Morteza:morteza:sanctioned', 'Mohammad Ali Zarvani:zarvani:sanctioned']);
  });
});

describe('a surname made of a common given name and the nisba -i', () => {
  const mohammadi = entity('mohammadi', 'MOHAMMADI, Mohammad Reza', 'person', true, { countries: ['Iran'] });
  const rezaei = entity('rezaei', 'REZAEI, Mohammad Ali', 'person', true, { countries: ['Iran'] });

  it('is as common as the given name: Mohammadi, Rezaei (Iran\'s commonest surnames)', () => {
    const page = 'The striker Mohammad Reza Mohammadi scored twice. Mohammad Ali Rezaei was sent off.';
    expect(marks([mohammadi, rezaei], page)).toEqual(['Mohammad Reza Mohammadi:mohammadi:possible', 'Mohammad Ali Rezaei:rezaei:possible']);
  });
});

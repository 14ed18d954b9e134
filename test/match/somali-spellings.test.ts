// "أبوبكر علي آدم" of ADAN, Abukar Ali: a Somali's name written in Arabic with the Arabic sound of its Somali
// spellings (Adan: Adam, آدم; Abukar: Abu Bakr, أبوبكر), for a person of Somalia only, on Arabic pages only.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const somaliaProgram = [{ authority: 'UN Security Council', list: 'un-sc-consolidated', program: 'Somalia', status: 'active' as const }];
const index = buildNameIndex([
  entity('adan', 'ADAN, Abukar Ali', 'person', true, { sanctions: somaliaProgram, names: [{ name: 'ADAN, Abukar Ali', type: 'primary' }, { name: 'ADEN, Abukar Ali', type: 'aka' }] }),
  entity('kenyan', 'ADAN, Yusuf Ali', 'person', true, { countries: ['Kenya'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'فرض مجلس الأمن عقوبات على قادة في الشباب وتجميد أصولهم، وشملت العقوبات ';

describe('a Somali name in its Arabic sound', () => {
  it('finds "أبوبكر علي آدم" and "أبي بكر علي آدم" of ADAN, Abukar Ali', () => {
    expect(marks(story + 'أبوبكر علي آدم نائب قائد الشباب.')).toEqual(['أبوبكر علي آدم:adan:sanctioned']);
    expect(marks(story + 'كلاً من أبي بكر علي آدم، نائب قائد الشباب.')).toEqual(['أبي بكر علي آدم:adan:sanctioned']);
  });

  it('finds no one not of Somalia so ("يوسف علي آدم" is no ADAN, Yusuf Ali of Kenya)', () => {
    expect(marks(story + 'يوسف علي آدم نائب قائد الشباب.')).toEqual([]);
  });

  it('reads no Latin page so ("Abubakar Ali Adam" is another man)', () => {
    expect(marks('The UN Security Council imposed sanctions on Abubakar Ali Adam, freezing his assets.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { arabicKeys, isAnotherCommonName, latinReading } from '../../lib/names/arabic-latin';
import { entity, fixtureEntities } from './fixtures';

const syria = { countries: ['Syria'], nationalities: ['Syria'] };
// Listed people the lists write in Latin letters only whose given name is one of the commonest Arabic names written
// with a long vowel (Mahmoud محمود, Hussein حسين), and one with the shorter name (Mohammad).
const index = buildNameIndex([
  ...fixtureEntities,
  {
    ...entity('aldj', 'AL-DJ, Mahmoud Abdulilah', 'person', true, syria),
    names: [{ name: 'AL-DJ, Mahmoud Abdulilah', type: 'primary' as const }, { name: 'AL-DJ, Mahmoud', type: 'aka' as const }],
  },
  entity('dabbagh', 'AL-DABBAGH, Hussein', 'person', true, syria),
  entity('akhras', 'AL-AKHRAS, Firas', 'person', true, syria),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
// The page's own story (globaljusticesyrianews.com): sanctions, a list, frozen funds.
const story =
  'أدرج الاتحاد الأوروبي، ستة أفراد وخمسة كيانات في سوريا، ضمن قائمة عقوباته المفروضة على النظام السوري. ' +
  'وبموجب العقوبات الأوروبية، يخضع الأفراد والشركات المدرجين إلى تجميد أموالهم وأصولهم المالية. وتشمل القائمة ';

describe('a common Arabic given name is not read as another one written with a long vowel', () => {
  it('does not mark a Mohammad as the listed Mahmoud of the same family name (sentence from globaljusticesyrianews.com)', () => {
    expect(marks(story + 'بلال النعال وفهد درويش ومحمد الدج، واثنين مرتبطين بعائلة الأسد.')).toEqual([]);
    expect(marks(story + 'رجل الأعمال حسن الدباغ.')).toEqual([]);
  });

  it('keeps a Latin word whose vowels fit the page word as closely as any other common name', () => {
    const another = (arabic: string, latin: string) => arabicKeys(arabic).some((k) => k.key === latinReading(latin).key && isAnotherCommonName(arabic, k, latinReading(latin).slots));
    expect(another('محمد', 'mahmoud')).toBe(true);
    expect(another('حسن', 'hussein')).toBe(true);
    expect(another('حمد', 'hamid')).toBe(true);
    expect(another('محمد', 'mohamed')).toBe(false);
    expect(another('محمد', 'muhammad')).toBe(false);
    expect(another('محمود', 'mahmoud')).toBe(false);
    expect(another('حسن', 'hassan')).toBe(false);
    expect(another('حسين', 'hussein')).toBe(false);
  });
});

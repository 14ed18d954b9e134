import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// The central banks the lists give in English only (lebanonontime.com, wbpalestine: "محافظ البنك المركزي الإيراني").
const index = buildNameIndex([
  ...fixtureEntities,
  entity('cbi', 'BANK MARKAZI JOMHOURI ISLAMI IRAN', 'organization', true, { countries: ['Iran'], names: [{ name: 'BANK MARKAZI JOMHOURI ISLAMI IRAN', type: 'primary' }, { name: 'CENTRAL BANK OF IRAN', type: 'aka' }] }),
  entity('cbs', 'CENTRAL BANK OF SYRIA', 'organization', true, { countries: ['Syria'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a listed central bank by the names Arabic news gives it', () => {
  it('finds "the Iranian central bank", "the central bank of Iran" and "Iran\'s central bank"', () => {
    const found = marks('فرضت الخزانة الأمريكية عقوبات على محافظ البنك المركزي الإيراني، وقالت إن البنك المركزي في إيران ومصرف إيران المركزي ساعدا الحرس.');
    expect(found).toContain('البنك المركزي الإيراني:cbi:sanctioned');
    expect(found).toContain('البنك المركزي في إيران:cbi:sanctioned');
    expect(found).toContain('ومصرف إيران المركزي:cbi:sanctioned');
  });

  it('finds Syria\'s by its own Arabic name, "مصرف سورية المركزي"', () => {
    expect(marks('رفع مصرف سورية المركزي سعر الصرف الرسمي.')).toContain('مصرف سورية المركزي:cbs:sanctioned');
  });

  it('marks no central bank of another country, nor "the central bank" alone', () => {
    expect(marks('خفض البنك المركزي العراقي سعر الفائدة، وقال البنك المركزي إن التضخم تراجع.')).toEqual([]);
  });
});

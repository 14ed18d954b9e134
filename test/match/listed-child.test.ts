import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const iraq = { nationalities: ['Iraq'] };
const script = (id: string, latin: string, arabic: string) => ({
  ...entity(id, latin, 'person', true, iraq),
  names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }],
});
// Saddam Hussein and his daughter as the UN lists them, with their Arabic names.
const index = buildNameIndex([
  ...fixtureEntities,
  script('saddam', 'AL-TIKRITI, Saddam Hussein', 'صدام حسين التكريتي'),
  script('raghad', 'RAGHAD SADDAM HUSSEIN AL-TIKRITI', 'رغد صدام حسين التكريتي'),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}:${(m.reasons ?? []).join('+')}`));

describe('a common name confirmed by a listed son or daughter whose name holds it', () => {
  it('confirms "صدام حسين" on a page that names "رغد صدام حسين" (sentence from arabic.euronews.com)', () => {
    expect(marks('استغربت رغد صدام حسين، ابنة الرئيس العراقي الراحل صدام حسين، لورود اسمها.')).toEqual([
      'رغد صدام حسين:raghad:sanctioned:distinctive-name',
      'صدام حسين:saddam:sanctioned:listed-child',
    ]);
  });

  it('leaves it possible on a page that names no listed child: the footballer', () => {
    expect(marks('سجل اللاعب صدام حسين هدفين في المباراة.')).toEqual(['صدام حسين:saddam:possible:']);
  });
});

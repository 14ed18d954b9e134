import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'], nationalities: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('ivanov', 'IVANOV, Ivan Ivanovich', 'person', true, ru),
  entity('arkady', 'ROTENBERG, Arkady Romanovich', 'person', true, ru),
  entity('boris', 'ROTENBERG, Boris Romanovich', 'person', true, ru),
  entity('litvin', 'LITVIN, Vladimir Zalmanovich', 'person', true, ru),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('Cyrillic names by surname and initials', () => {
  it('finds "В. Путин", "В.В. Путин", "Путин В.В." and "Путин В. В." in any case', () => {
    const page = ['Санкции США: В. Путин, В.В. Путин, Путин В.В. и Путин В. В. ответили; против В. Путина тоже.'];
    expect(marks(page)).toEqual([
      'В. Путин:ofac-35096:sanctioned',
      'В.В. Путин:ofac-35096:sanctioned',
      'Путин В.В:ofac-35096:sanctioned',
      'Путин В. В:ofac-35096:sanctioned',
      'В. Путина:ofac-35096:sanctioned',
    ]);
  });

  it('reads a surname after an initial in the singular only: "В.Литвинов" is no genitive plural of Litvin', () => {
    expect(marks(['Санкции США: В.Литвинов и В. Литвинов забили по голу.'])).toEqual([]);
    expect(marks(['Санкции США: В. Литвин ответил.'])).toEqual(['В. Литвин:litvin:sanctioned']);
  });

  it('tells brothers apart by the initial: А. Ротенберг is Arkady, Б. Ротенберг Boris', () => {
    expect(marks(['Санкции США против А. Ротенберга и Б. Ротенберга.'])).toEqual(['А. Ротенберга:arkady:sanctioned', 'Б. Ротенберга:boris:sanctioned']);
  });

  it('marks nothing when the initials disagree with every listed name, or are no initials', () => {
    expect(marks(['Санкции США: А. Путин и Путин А.А. не известны.'])).toEqual([]);
    expect(marks(['Санкции США: Путин В Москве не был.'])).toEqual([]);
  });

  it('says only "possible" for a common surname by initials without evidence', () => {
    expect(marks(['И. Иванов открыл новую пекарню в центре города.'])).toEqual(['И. Иванов:ivanov:possible']);
    expect(marks(['Минфин США ввел санкции против И.И. Иванова.'])).toEqual(['И.И. Иванова:ivanov:sanctioned']);
  });
});

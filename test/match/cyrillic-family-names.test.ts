import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { nominatives } from '../../lib/names/declension';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'], nationalities: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('arkady', 'ROTENBERG, Arkady Romanovich', 'person', true, ru),
  entity('boris', 'ROTENBERG, Boris Romanovich', 'person', true, ru),
  entity('medvedev', 'MEDVEDEV, Dmitry Anatolievich', 'person', true, { ...ru, positions: ['Deputy Chairman of the Security Council'] }),
  entity('kachanava', 'KACHANAVA, Natallia Ivanauna', 'person', true, { nationalities: ['Belarus'] }),
  entity('makarov', 'MAKAROV, Vyatscheslav Serafimovich', 'person', true, { ...ru, positions: ['Member of the State Duma'] }),
  entity('alekseenko', 'ALEKSEENKO, Andrey Anatolevich', 'person', true, ru),
  entity('makarov-sergei', 'MAKAROV, Sergei Vyacheslavovich', 'person', true, { countries: ['Austria'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('Cyrillic family names in the plural, and the Ukrainian and Belarusian forms', () => {
  it('reads the plural of a surname only when asked: the nominative singular first', () => {
    expect(nominatives('ротенберги')).not.toContain('ротенберг');
    expect(nominatives('ротенберги', true)).toContain('ротенберг');
    expect(nominatives('ротенбергов', true)).toContain('ротенберг');
    expect(nominatives('путиных', true)).toContain('путин');
  });

  it('counts the sanctions words near for a given name found by its Ukrainian alias before the shared surname ("Ігоря та Бориса Ротенбергів", shipped dataset)', () => {
    // The list spells Igor's name in Ukrainian in an alias only (ROTENBERG, Ihor Arkadiiovych), and the family's
    // surname is common among the listed: the alias counts as his own where his surname follows the conjunction.
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const page = 'Джонсон зазначив, що санкції вводять проти російських олігархів Ігоря та Бориса Ротенбергів, а також проти Геннадія Тимченка.';
    const found = scanPage(shipped, [page]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
    expect(found.slice(0, 2)).toEqual(['Ігоря:ofac-24183:sanctioned', 'Бориса Ротенбергів:ofac-16671:sanctioned']);
  });

  it('finds both brothers in "Борис и Аркадий Ротенберги" and in any case of the plural', () => {
    expect(marks(['Под санкции США попали бизнесмены Борис и Аркадий Ротенберги.'])).toEqual(['Борис:boris:sanctioned', 'Аркадий Ротенберги:arkady:sanctioned']);
    expect(marks(['Санкции США против компаний, подконтрольных Аркадию и Борису Ротенбергам.'])).toEqual(['Аркадию:arkady:sanctioned', 'Борису Ротенбергам:boris:sanctioned']);
    expect(marks(['Санкції США проти Аркадія та Бориса Ротенбергів.'])).toEqual(['Аркадія:arkady:sanctioned', 'Бориса Ротенбергів:boris:sanctioned']);
  });

  it('never reads a family named alone in the plural as one of its members', () => {
    expect(marks(['США ввели санкции против братьев Ротенбергов.'])).toEqual([]);
    expect(marks(['Ротенберги ответили на санкции США.'])).toEqual([]);
  });

  it('finds Ukrainian "є" and -о given names: Дмитра Медведєва; and a Belarusian feminine case: Наталлі Качанавай', () => {
    expect(marks(['Санкції ЄС проти Дмитра Медведєва.'])).toEqual(['Дмитра Медведєва:medvedev:sanctioned']);
    expect(marks(['Санкцыі ЕС супраць Наталлі Качанавай.'])).toEqual(['Наталлі Качанавай:kachanava:sanctioned']);
  });

  it('finds a given name the list spells the German way: Вячеслава Макарова for MAKAROV, Vyatscheslav', () => {
    expect(marks(['США ввели санкции против Вячеслава Макарова и других депутатов Госдумы.'])).toEqual(['Вячеслава Макарова:makarov:sanctioned']);
    expect(marks(['Санкції США проти Сергія Макарова.'])).toEqual(['Сергія Макарова:makarov-sergei:sanctioned']);
  });

  it('finds a Russian -еенко surname in its Ukrainian form -ієнко: Андрія Алексієнка for ALEKSEENKO, Andrey', () => {
    expect(marks(['До санкційного списку внесено голову Херсонської адміністрації Андрія Алексієнка.'])).toEqual(['Андрія Алексієнка:alekseenko:sanctioned']);
  });
});

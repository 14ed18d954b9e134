import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { glossaryWordKind, orgGlossaryWords } from '../../lib/names/org-glossary';
import { entity } from './fixtures';

const ru = { countries: ['Russia'] };
const index = buildNameIndex([
  entity('leasing', 'JOINT STOCK COMPANY STATE TRANSPORTATION LEASING COMPANY', 'organization', true, ru),
  entity('industrial', 'INDUSTRIAL BANK', 'organization', true, ru),
  entity('shipbuilding', 'JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION', 'organization', true, ru),
  entity('potash', 'OPEN JOINT STOCK COMPANY BELARUSIAN POTASH COMPANY', 'organization', true, { countries: ['Belarus'] }),
  entity('alliance', 'RUSSIAN FINANCIAL ALLIANCE BANK', 'organization', true, {
    ...ru,
    names: [{ name: 'RUSSIAN FINANCIAL ALLIANCE BANK', type: 'primary' }, { name: "OPEN JOINT STOCK COMPANY JOINT STOCK COMMERCIAL BANK 'RUSSIAN FINANCIAL ALLIANCE'", type: 'aka' }],
  }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('Russian firms named in the Russian the lists translate', () => {
  it('reads a firm word in any case and gender as its English word', () => {
    expect(orgGlossaryWords('транспортной')).toEqual(['transportation', 'transport']);
    expect(orgGlossaryWords('компании')).toEqual(['company']);
    expect(orgGlossaryWords('лізингової')).toEqual(['leasing']);
    expect(orgGlossaryWords('транспорт')).toEqual([]);
    // The genitive plural in -й of a noun in -ия.
    expect(orgGlossaryWords('компаний')).toEqual(['company']);
    expect(glossaryWordKind('государственной')).toBe('generic');
    expect(glossaryWordKind('лизинговая')).toBe('specific');
  });

  it('reads the English words of trade Russian writes by their sound, in every case ("кейтеринга", "логистики")', () => {
    expect(orgGlossaryWords('кейтеринг')).toEqual(['catering']);
    expect(orgGlossaryWords('кейтеринговая')).toEqual(['catering']);
    expect(orgGlossaryWords('менеджменту')).toEqual(['management']);
    expect(orgGlossaryWords('консалтинга')).toEqual(['consulting']);
    expect(orgGlossaryWords('логістики')).toEqual(['logistics']);
  });

  it('reads русский as russian, and a bank\'s financial and alliance words ("Русский финансовый альянс")', () => {
    expect(orgGlossaryWords('Русский'.toLowerCase())).toEqual(['russian']);
    expect(orgGlossaryWords('фінансового')).toEqual(['financial']);
    expect(found('В санкционный список США попал российский банк «Русский финансовый альянс».')).toEqual(['Русский финансовый альянс=alliance']);
  });

  it('finds a listed firm by its Russian name, declined, in quotes of either kind', () => {
    expect(found('Санкции США против России: гендиректор “Государственной транспортной лизинговой компании”.')).toEqual(['Государственной транспортной лизинговой компании=leasing']);
    expect(found('Санкции США против России коснулись «Объединенной судостроительной корпорации».')).toEqual(['Объединенной судостроительной корпорации=shipbuilding']);
  });

  it('reads Belarus\'s adjective as its own press spells it, and potash ("Беларуской калийной компанией")', () => {
    expect(found('США разрешили операции с Беларуской калийной компанией, несмотря на санкции против Беларуси.')).toEqual(['Беларуской калийной компанией=potash']);
    expect(found('Санкции против Беларуси коснулись Белорусской калийной компании.')).toEqual(['Белорусской калийной компании=potash']);
  });

  it('never marks the glossary\'s everyday words alone or two of them: any industrial bank is "Промышленный банк"', () => {
    expect(found('Санкции США против России: «Промышленный банк» и Промышленный банк ответили.')).toEqual([]);
    expect(found('Санкции США против России. Промышленный сектор пострадал, «Промышленная» тоже.')).toEqual([]);
    expect(found('Санкции США против России: «Государственная компания» и «Государственная лизинговая компания».')).toEqual([]);
  });
});

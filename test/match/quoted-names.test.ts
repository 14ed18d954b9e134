import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up firms shaped like the lists' Russian firms whose names Russian news writes in sentence case in «guillemets».
const index = buildNameIndex([
  entity('avia-like', 'AVIO GROUP LLC', 'organization', true, { countries: ['Russia'] }),
  entity('avia-nord-like', 'AVIO GROUP NORD LLC', 'organization', true, { countries: ['Russia'] }),
  entity('bank-like', 'BANK ROSSIYA', 'organization', true, { countries: ['Russia'] }),
  entity('brand-like', 'MEGAFOX PAO', 'organization', true, { countries: ['Russia'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('firms in «guillemets» as Russian news writes them', () => {
  it('finds a firm name in sentence case that fills its guillemets', () => {
    expect(found('Санкции США против России: под санкции попали «Авио групп» и «Авио групп Норд».')).toEqual(['Авио групп=avia-like', 'Авио групп Норд=avia-nord-like']);
  });

  it('keeps lower-case words out of a name outside quotes', () => {
    expect(found('Санкции США против России: под санкции попали Авио групп и другие.')).toEqual([]);
  });

  it('reads «Россия» after "банк" as the bank, and Россия elsewhere as the country', () => {
    expect(found('Минфин США ввел санкции против компаний, подконтрольных банку «Россия». Россия ответила.')).toEqual(['Россия=bank-like']);
    expect(found('Санкции США против России ударили по экономике, заявила Россия.')).toEqual([]);
  });

  it('reads English-style “quotes” as Russian news also sets them', () => {
    expect(found('Санкции США против России: под санкции попали “Авио групп” и “Авио групп Норд”.')).toEqual(['Авио групп=avia-like', 'Авио групп Норд=avia-nord-like']);
    expect(found('Минфин США ввел санкции против России и банка “Россия”.')).toEqual(['Россия=bank-like']);
    // A brand alone in quotes is mid-sentence there, as in «guillemets».
    expect(found('Санкции США против России коснулись оператора связи “Мегафокс”.')).toEqual(['Мегафокс=brand-like']);
    expect(found('Санкции США против России коснулись оператора связи «Мегафокс».')).toEqual(['Мегафокс=brand-like']);
  });
});

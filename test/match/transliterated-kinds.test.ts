import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('holding', 'HOLDINGOVAYA KOMPANIYA METALLOINVEST AO', 'organization', true, ru),
  entity('management', 'MANAGEMENT COMPANY METALLOINVEST LLC', 'organization', true, ru),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a Russian firm named by its brand after the words of kind the lists transliterate', () => {
  it('finds the holding company by its brand on a sanctions page that names Russia ("холдинг “Металлоинвест”")', () => {
    expect(marks('Минфин США ввел санкции против российских компаний: под санкции попал холдинг “Металлоинвест”.')).toEqual([
      'Металлоинвест:holding',
    ]);
  });

  it('never without the sanctions story and the country', () => {
    expect(marks('Рабочие пришли на собрание. Холдинг “Металлоинвест” выплатил премии.')).toEqual([]);
  });
});

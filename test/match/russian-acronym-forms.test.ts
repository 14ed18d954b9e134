import { describe, expect, it } from 'vitest';
import { russianAcronymForms } from '../../lib/match/russian-acronym-forms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const withNames = (id: string, primary: string, aliases: string[]) => ({
  ...entity(id, primary, 'organization', true, { countries: ['Belarus'] }),
  names: [{ name: primary, type: 'primary' as const }, ...aliases.map((name) => ({ name, type: 'aka' as const }))],
});

const index = buildNameIndex([
  ...fixtureEntities,
  withNames('cec-like', 'CENTRAL ELECTION COMMISSION OF THE REPUBLIC OF BELARUS', ['CEC BELARUS']),
  withNames('alfa-like', 'KGB ALFAS', ['KGB ALFAS']),
]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('an East Slavic body’s acronym as Russian writes it', () => {
  it('reads the Russian acronym for the English one, and the brand before its body’s acronym', () => {
    expect(russianAcronymForms(['cec', 'belarus'])).toEqual([['tsik', 'belarus'], ['tsvk', 'belarus']]);
    expect(russianAcronymForms(['kgb', 'alfa'])).toEqual([['alfa', 'kgb']]);
    expect(russianAcronymForms(['pmc', 'wagner'])).toEqual([['chvk', 'wagner'], ['pvk', 'wagner'], ['wagner', 'pmc']]);
    expect(russianAcronymForms(['ufa', 'bank'])).toEqual([]);
  });

  it('finds "ЦИК Беларуси" and "«Альфас» КГБ"', () => {
    expect(marks('США ввели санкции против ЦИК Беларуси и КГБ.')).toEqual(['ЦИК Беларуси:cec-like']);
    expect(marks('В санкционный список США включены подразделение «Альфас» КГБ Беларуси.')).toEqual(['Альфас» КГБ:alfa-like']);
  });

  it('does not run a quoted word into a word in capitals that no listed name has after it', () => {
    expect(marks('В санкционный список США включены «Альфас» МВД Беларуси.')).toEqual([]);
  });
});

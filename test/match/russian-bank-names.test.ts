// Russian banks as the news names them: by the bank's own name after the lists' words of kind ("Ланта-банк" of JOINT
// STOCK COMPANY COMMERCIAL BANK LANTA BANK: variants.ts), and in Ukrainian by the Ukrainian stem of its Russian name
// ("Пошта-банк" of POCHTA BANK: cyrillic.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const russia = { countries: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('lanta', 'JOINT STOCK COMPANY COMMERCIAL BANK LANTA BANK', 'organization', true, russia),
  entity('absolut', 'COMMERCIAL BANK ABSOLUT BANK PAO', 'organization', true, russia),
  { ...entity('post', 'JOINT STOCK COMPANY POST BANK', 'organization', true, russia), names: [{ name: 'JOINT STOCK COMPANY POST BANK', type: 'primary' as const }, { name: 'POCHTA BANK', type: 'aka' as const }] },
]);

const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('a Russian bank by its own name', () => {
  it('finds "<brand> Bank" of COMMERCIAL BANK <brand> BANK on a sanctions page, in Latin and Cyrillic letters', () => {
    expect(marks('US sanctions on Russia: the banks listed include Lanta Bank and Absolut Bank.')).toEqual(['Lanta Bank=lanta:sanctioned', 'Absolut Bank=absolut:sanctioned']);
    expect(marks('Санкції проти Росії: до списку увійшли Ланта-банк та Абсолют-банк.')).toEqual(['Ланта-банк=lanta:sanctioned', 'Абсолют-банк=absolut:sanctioned']);
  });

  it('reads the Ukrainian "пошта" of a Russian bank\'s "почта"', () => {
    expect(marks('Санкції проти Росії: до списку увійшов Пошта-банк.')).toEqual(['Пошта-банк=post:sanctioned']);
  });
});

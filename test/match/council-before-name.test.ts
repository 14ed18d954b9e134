// Ukrainian and Russian name a deputy by the council he sits in, capitalised, right before his name ("депутата
// Верховної Ради Андрія Деркача"): the council's word is no one's given name (Radi), so the name is still the person's.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('derkach', 'DERKACH, Andrii Leonidovych', 'person', true, { countries: ['Ukraine'] }),
  entity('kozak', 'KOZAK, Taras Romanovych', 'person', true, { countries: ['Ukraine'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a council's word before a name", () => {
  it('in Ukrainian, in the genitive and the locative', () => {
    expect(marks(['США ввели санкції проти депутата Верховної Ради Андрія Деркача.'])).toEqual(['Андрія Деркача:derkach:sanctioned']);
    expect(marks(['Санкції запровадили проти члена фракції у Верховній Раді Тараса Козака.'])).toEqual(['Тараса Козака:kozak:sanctioned']);
  });

  it('in Russian', () => {
    expect(marks(['США ввели санкции против депутата Верховной Рады Андрея Деркача.'])).toEqual(['Андрея Деркача:derkach:sanctioned']);
  });
});

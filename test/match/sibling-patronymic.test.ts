import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'], nationalities: ['Russia'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('arkady', 'ROTENBERG, Arkady Romanovich', 'person', true, ru),
  entity('boris', 'ROTENBERG, Boris Romanovich', 'person', true, ru),
  // The son: the same given name and surname, another patronymic.
  entity('boris-son', 'ROTENBERG, Boris Borisovich', 'person', true, ru),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}:${m.alternatives.length}`));

describe('two given names with one plural surname are brothers, who share a patronymic', () => {
  it('takes the Boris Rotenberg whose patronymic is Arkady\'s, before and after "и"', () => {
    expect(marks(['Под санкции США попали бизнесмены Борис и Аркадий Ротенберги.'])).toEqual(['Борис:boris:sanctioned:0', 'Аркадий Ротенберги:arkady:sanctioned:0']);
    expect(marks(['Санкции США против компаний, подконтрольных Аркадию и Борису Ротенбергам.'])).toEqual(['Аркадию:arkady:sanctioned:0', 'Борису Ротенбергам:boris:sanctioned:0']);
  });

  it('still says "possible" for a Boris Rotenberg named alone, with both listed Borises offered', () => {
    expect(marks(['Под санкции США попал бизнесмен Борис Ротенберг.'])).toEqual(['Борис Ротенберг:boris:possible:1']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('union', 'RUSSIAN ASSOCIATION OF EMPLOYERS THE RUSSIAN UNION OF INDUSTRIALISTS AND ENTREPRENEURS', 'organization', true, { countries: ['Russia'] }),
  entity('directorate', 'DIRECTORATE OF PROCUREMENT, OFFICE OF THE COMMANDER-IN-CHIEF ARMY, THE REPUBLIC OF THE UNION OF MYANMAR', 'organization', true, { countries: ['Burma'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a body listed under two names run together, the second after "THE"', () => {
  it('reads the second name alone, in English and translated into Russian and Ukrainian', () => {
    expect(marks(['The US sanctioned the Russian Union of Industrialists and Entrepreneurs on Friday.'])).toEqual(['Russian Union of Industrialists and Entrepreneurs:union']);
    expect(marks(['Минфин США ввел санкции против Российского союза промышленников и предпринимателей.'])).toEqual(['Российского союза промышленников и предпринимателей:union']);
    expect(marks(['OFAC запровадило санкції проти Російського союзу промисловців і підприємців.'])).toEqual(['Російського союзу промисловців і підприємців:union']);
  });

  it('never reads a tail after a comma as the body ("..., THE REPUBLIC OF THE UNION OF MYANMAR" is the country)', () => {
    expect(marks(['The Republic of the Union of Myanmar held elections.'])).toEqual([]);
  });
});

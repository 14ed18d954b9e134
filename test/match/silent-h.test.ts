// "Javier Heriberto Rivera Maradiaga" of RIVERA MARADIAGA, Javier Eriberto: a Hispanic given name with or without
// its silent first h, where the other spelling is a given name of its own.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like RIVERA MARADIAGA, Javier Eriberto.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('eriberto', 'RIVERO MARANDIAGA, Javier Eriberto', 'person', true, { countries: ['Honduras'] }),
  entity('elena', 'ZORRILLA BENAVIDES, Helena', 'person', true, { nationalities: ['Colombia'] }),
  entity('oscar', 'QUINTERO MALDIVAS, Oscar Eriberto', 'person', true, { countries: ['Lebanon'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);
const STORY = 'El Departamento del Tesoro designó como narcotraficantes a siete personas.';

describe('a Hispanic given name and its silent first h', () => {
  it('finds the name the page writes with the h the list leaves out, and without the h the list has', () => {
    expect(marks(`${STORY} Se trata de Javier Heriberto Rivero Marandiaga, quien se entregó.`)).toEqual(['Javier Heriberto Rivero Marandiaga=eriberto:sanctioned']);
    expect(marks(`${STORY} Se trata de Elena Zorrilla Benavides, quien se entregó.`)).toEqual(['Elena Zorrilla Benavides=elena:sanctioned']);
  });

  it('is no other spelling for a person of no Spanish-speaking country, nor a made-up word ("Hoscar")', () => {
    expect(marks(`${STORY} Se trata de Oscar Heriberto Quintero Maldivas.`).some((m) => m.includes('=oscar'))).toBe(false);
    expect(marks(`${STORY} Se trata de Javier Heriberto Rivero Marandiaga y de Hoscar Quintero.`)).toEqual(['Javier Heriberto Rivero Marandiaga=eriberto:sanctioned']);
  });
});

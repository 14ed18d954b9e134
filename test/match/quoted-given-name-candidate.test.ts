// A quoted nickname inside a name that the lists give one candidate as a given name ("GUZMAN, Chapo"): that candidate,
// not the relative whose listed name the words around the quotes spell as well.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up entries shaped like OFAC's father and son.
const index = buildNameIndex([
  entity('son-like', 'GUZMAN LOPEZ, Joaquin', 'person', true, { countries: ['Mexico'] }),
  entity('father-like', 'GUZMAN LOERA, Joaquin', 'person', true, {
    countries: ['Mexico'],
    names: [{ name: 'GUZMAN LOERA, Joaquin', type: 'primary' }, { name: 'GUZMAN, Chapo', type: 'aka' }],
  }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a quoted nickname inside a name', () => {
  it('names the candidate the lists give it as a given name', () => {
    expect(marks(['La OFAC sancionó a los hijos de Joaquín “El Chapo” Guzmán en México.'])).toEqual(['Joaquín “El Chapo” Guzmán:father-like']);
  });

  it('leaves the ranking alone when no candidate has it', () => {
    expect(marks(['La OFAC sancionó a Joaquín “El Güero” Guzmán López en México.'])).toEqual(['Joaquín “El Güero” Guzmán López:son-like']);
  });
});

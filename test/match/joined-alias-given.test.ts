// "Nemesio Rubén Oseguera Cervantes" of OSEGUERA CERVANTES, Nemesio, a.k.a. OSEGUERA CERVANTES, Ruben: a Hispanic
// person's two given names, which the list gives in two names of one given name each, written together.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like OSEGUERA CERVANTES, Nemesio and his brother OSEGUERA CERVANTES, Antonio.
const names = (...list: string[]) => list.map((name, k) => ({ name, type: k ? 'aka' as const : 'primary' as const }));
const index = buildNameIndex([
  ...fixtureEntities,
  entity('leader', 'OSORNIO CERVERA, Nemecio', 'person', true, { countries: ['Mexico'], names: names('OSORNIO CERVERA, Nemecio', 'OSORNIO CERVERA, Ruben') }),
  entity('brother', 'OSORNIO CERVERA, Antonio', 'person', true, { countries: ['Mexico'] }),
  entity('fredy', 'GALINDO PORRAS, Freddy', 'person', true, { countries: ['Colombia'], names: names('GALINDO PORRAS, Freddy', 'GALINDO PORRAS, Fredy') }),
  entity('lebanon', 'HADDAD KHOURY, Elias', 'person', true, { countries: ['Lebanon'], names: names('HADDAD KHOURY, Elias', 'HADDAD KHOURY, Tony') }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);
const STORY = 'El Departamento del Tesoro sancionó a líderes del cártel.';

describe('two listed given names of one person joined', () => {
  it('finds the two given names together with the family names, in either order', () => {
    expect(marks(`${STORY} Entre los sancionados está el líder, Nemecio Rubén Osornio Cervera, alias el jefe.`)).toEqual(['Nemecio Rubén Osornio Cervera=leader:sanctioned']);
    expect(marks(`${STORY} Entre los sancionados está Rubén Nemecio Osornio Cervera.`)).toEqual(['Rubén Nemecio Osornio Cervera=leader:sanctioned']);
  });

  it('joins no two spellings of one name, and no names of a person of no Spanish-speaking country', () => {
    expect(marks(`${STORY} Entre los sancionados está Freddy Fredy Galindo Porras.`).some((m) => m.startsWith('Freddy Fredy'))).toBe(false);
    expect(marks(`${STORY} Entre los sancionados está Elias Tony Haddad Khoury.`).some((m) => m.startsWith('Elias Tony'))).toBe(false);
  });
});

// "El Chapo": a word after a Spanish article that the lists give one person as a given name is that person's nickname.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const chapo: Entity = entity('chapo', 'GUZMAN LOERA, Joaquin', 'person', true);
chapo.names.push({ name: 'GUZMAN, Chapo', type: 'aka' }, { name: 'GUZMAN LOREA, Chapo', type: 'aka' });
const index = buildNameIndex([
  chapo,
  entity('nacional-1', 'PEREZ, Nacional', 'person', true),
  entity('chino-1', 'LOPEZ, Chino', 'person', true),
  entity('chino-2', 'RUIZ, Chino', 'person', true),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

const STORY = 'OFAC sancionó a cuatro miembros del cartel; el Tesoro congeló sus activos y los puso en la lista negra.';

describe('a nickname after a Spanish article', () => {
  it('is the one listed person who has the word as a given name, in a sanctions story', () => {
    expect(marks(`${STORY} Son hijos de El Chapo.`)).toEqual(['El Chapo:chapo:sanctioned']);
    expect(marks(`Treasury sanctions: OFAC designated one of El Chapo’s sons and froze his assets.`)).toEqual(['El Chapo:chapo:sanctioned']);
  });

  it('is no one without a sanctions story, nor a word several persons have, or one a primary name has as a given name', () => {
    expect(marks('Son hijos de El Chapo, dijo el vecino.')).toEqual([]);
    expect(marks(`${STORY} Lo dijo El Chino.`)).toEqual([]);
    expect(marks(`${STORY} Lo publicó El Nacional.`)).toEqual([]);
  });
});

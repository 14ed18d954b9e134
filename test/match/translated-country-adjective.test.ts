// A body's name the page translated word by word, with its country's adjective where the list has the country's name
// ("Cuerpo de los Guardianes de la Revolución iraní" for IRAN'S REVOLUTIONARY GUARD CORPS).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like IRAN'S REVOLUTIONARY GUARD CORPS.
const index = buildNameIndex([...fixtureEntities, entity('corps', "CUBA'S REVOLUTIONARY GUARD CORPS", 'organization', true, { countries: ['Cuba'] })]);
const marks = (text: string | string[]) => scanPage(index, Array.isArray(text) ? text : [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

const FULL = 'Estados Unidos sancionó hoy al Cuerpo de los Guardianes de la Revolución cubana por su apoyo al terrorismo, informó el Tesoro.';

describe('a body\'s translated name', () => {
  it('says the list\'s country with its adjective ("... de la Revolución cubana" for CUBA\'S ...)', () => {
    expect(marks(FULL)).toEqual(['Cuerpo de los Guardianes de la Revolución cubana=corps']);
  });
});

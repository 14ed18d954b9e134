// A body's name the page translated word by word ("Cuerpo de los Guardianes de la Revolución iraní" for IRAN'S
// REVOLUTIONARY GUARD CORPS), later cut short to its first words ("el Cuerpo de los Guardianes"): the body the page
// named in full.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like IRAN'S REVOLUTIONARY GUARD CORPS.
const index = buildNameIndex([...fixtureEntities, entity('corps', "CUBA'S REVOLUTIONARY GUARD CORPS", 'organization', true, { countries: ['Cuba'] })]);
const marks = (text: string | string[]) => scanPage(index, Array.isArray(text) ? text : [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

const FULL = 'Estados Unidos sancionó hoy al Cuerpo de los Guardianes de la Revolución cubana por su apoyo al terrorismo, informó el Tesoro.';

describe('a body\'s translated name cut short', () => {
  it('cut short to its first words after the page named it in full, in a later block too', () => {
    expect(marks([FULL, 'Trump tildó al Cuerpo de los Guardianes de "fuerza personal" del Gobierno.'])).toEqual([
      'Cuerpo de los Guardianes de la Revolución cubana=corps',
      'Cuerpo de los Guardianes=corps',
    ]);
  });

  it('is nothing cut short without the full name before, nor one word, nor going on into another name', () => {
    expect(marks('Estados Unidos sancionó hoy al Cuerpo de los Guardianes por su apoyo al terrorismo, informó el Tesoro.')).toEqual([]);
    expect(marks([FULL, 'El Cuerpo respondió.'])).toEqual(['Cuerpo de los Guardianes de la Revolución cubana=corps']);
    expect(marks([FULL, 'El Cuerpo de los Guardianes de Chile respondió.'])).toEqual(['Cuerpo de los Guardianes de la Revolución cubana=corps']);
  });
});

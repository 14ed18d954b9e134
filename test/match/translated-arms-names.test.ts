// A body named for the arms it makes or fires, translated into Spanish word by word.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const kp = { countries: ['Korea, North'] };
const index = buildNameIndex([
  entity('rocket-ministry', 'MINISTRY OF ROCKET INDUSTRY', 'organization', true, kp),
  entity('rocket-force', 'STRATEGIC ROCKET FORCE', 'organization', true, kp),
]);

const found = (text: string) => scanText(index, text).map((m) => [m.text, m.entityId]);
const STORY = 'EE.UU. sanciona a proveedores del programa de misiles de Corea del Norte; las sanciones congelan sus activos.';

describe('a body named for rockets or missiles, in Spanish', () => {
  it('is the listed body, its words in Spanish order', () => {
    expect(found(`${STORY} El Tesoro sancionó al Ministerio de Industria de Cohetes y a cuatro compañías.`)).toEqual([['Ministerio de Industria de Cohetes', 'rocket-ministry']]);
    expect(found(`${STORY} El Tesoro sancionó a la Fuerza de Cohetes Estratégicos de Corea del Norte.`)).toEqual([['Fuerza de Cohetes Estratégicos', 'rocket-force']]);
  });

  it('is no body in a sentence about rockets', () => {
    expect(found(`${STORY} Corea del Norte lanzó cohetes y misiles tácticos este viernes.`)).toEqual([]);
  });
});

// "José Reyes Gutiérrez" for GUTIERREZ REYES, Jose: Spanish-language news now and then writes a Hispanic person's two
// family names in the other order; the page's evidence decides, as for a brief name with a common surname.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('reyes', 'GUTIERREZ REYES, Jose', 'person', true, { nationalities: ['Cuba'], countries: ['Cuba'] }),
  entity('ruy', 'DELGADO LOPEZ, Ruy', 'person', true, { nationalities: ['Nicaragua'], countries: ['Nicaragua'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}=${m.status}`);

describe('a Hispanic person\'s two family names in the other order', () => {
  it('is the listed person in a sanctions story', () => {
    expect(marks('La OFAC sancionó al cubano José Reyes Gutiérrez, según el Departamento del Tesoro.')).toEqual(['José Reyes Gutiérrez=reyes=sanctioned']);
    expect(marks('El Tesoro de Estados Unidos sancionó a la minera estatal y a su presidente, Ruy López Delgado.')).toEqual(['Ruy López Delgado=ruy=sanctioned']);
  });

  it('is never sanctioned on a page without evidence, common family names and all', () => {
    const page = marks('El delantero José Reyes Gutiérrez marcó dos goles en el partido del domingo.');
    expect(page.filter((m) => m.endsWith('=sanctioned'))).toEqual([]);
    expect(marks('El pintor Ruy López Delgado expuso sus cuadros en Madrid.').filter((m) => m.endsWith('=sanctioned'))).toEqual([]);
  });
});

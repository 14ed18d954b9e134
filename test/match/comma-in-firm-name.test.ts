// A firm's listed name with a comma inside ("URBANIZACION, INMOBILIARIA Y CONSTRUCCION DE OBRAS, S.A. DE C.V."), as
// the news writes it with the comma.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up names shaped like OFAC's Mexican firms and two listed people.
const index = buildNameIndex([
  entity('urbaniza-like', 'URBANIZADORA, INMOBILIARIA Y CONSTRUCTORA DE OBRAS, S.A. DE C.V.', 'organization', true, { countries: ['Mexico'] }),
  entity('ortega-like', 'ORTEGAS MURILLOS, Camilo', 'person', true, { countries: ['Nicaragua'] }),
  entity('agat-like', 'AGATO ELECTROMECHANICAL PLANT OJSC', 'organization', true, { countries: ['Belarus'], names: [{ name: 'AGATO ELECTROMECHANICAL PLANT OJSC', type: 'primary' }, { name: 'AGATO - ELECTROMECHANICAL PLANT JSC', type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a comma inside a firm’s name', () => {
  it('is part of the name where the list has it', () => {
    expect(found('El Tesoro sancionó a Sumilab y Urbanizadora, Inmobiliaria y Constructora de Obras, en México.')).toEqual(['Urbanizadora, Inmobiliaria y Constructora de Obras=urbaniza-like']);
    expect(found('El Tesoro sancionó a Urbanizadora Inmobiliaria y Constructora de Obras.')).toEqual(['Urbanizadora Inmobiliaria y Constructora de Obras=urbaniza-like']);
  });

  it('joins no person’s name, nor words after a comma in lower case', () => {
    expect(found('El Tesoro sancionó a Camilo Ortegas Murillos y a otros.')).toEqual(['Camilo Ortegas Murillos=ortega-like']);
    expect(found('Sanciones: Camilo, Ortegas Murillos, y otros.')).toEqual([]);
    expect(found('El Tesoro sancionó a Urbanizadora, inmobiliaria y constructora de obras.')).toEqual([]);
  });
});

describe('a dash between spaces inside a firm’s name', () => {
  it('is part of the name, whatever dash the page writes', () => {
    expect(found('Among them was Agato – Electromechanical Plant, a radio maker.')).toEqual(['Agato – Electromechanical Plant=agat-like']);
    expect(found('Among them was Agato - Electromechanical Plant, a radio maker.')).toEqual(['Agato - Electromechanical Plant=agat-like']);
    expect(found('Among them was Agato-Electromechanical Plant, a radio maker.')).toEqual(['Agato-Electromechanical Plant=agat-like']);
  });

  it('joins no person’s name over a dash', () => {
    expect(found('Camilo – Ortegas Murillos spoke.')).toEqual([]);
  });
});

// A name of common words that the page runs on by a hyphen ("Miguel Díaz-Canel") is a compound surname's first part,
// not the listed person (DIAZ OREJUELA, Miguel Angel); a rare name keeps its English compounds ("Putin-led").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('diaz', 'DIAZ OREJUELA, Miguel Angel', 'person', false, { countries: ['Colombia'] }),
  entity('putin', 'PUTIN, Vladimir Vladimirovich', 'person', true, { countries: ['Russia'] }),
  entity('lopez-calleja', 'RODRIGUEZ LOPEZ-CALLEJA, Luis Alberto', 'person', true, { countries: ['Cuba'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a hyphen after a name', () => {
  it('makes a common name the first part of a compound surname, in either case after the hyphen', () => {
    expect(marks(['El Departamento del Tesoro sancionó a funcionarios cubanos; el gobierno de Miguel Díaz-Canel lo rechazó.'])).toEqual([]);
    expect(marks(['El Departamento del Tesoro sancionó a funcionarios cubanos; el gobierno de Miguel Díaz-canel lo rechazó.'])).toEqual([]);
    expect(marks(['El Departamento del Tesoro sancionó a Miguel Díaz por narcotráfico.'])).toEqual(['Miguel Díaz:diaz:delisted']);
  });

  it('leaves a rare name and a listed compound surname as they were', () => {
    expect(marks(['The Treasury sanctioned Vladimir Putin-led agencies.', 'The Treasury sanctioned Luis Alberto Rodríguez López-Calleja.'])).toEqual([
      'Vladimir Putin:putin:sanctioned',
      'Luis Alberto Rodríguez López-Calleja:lopez-calleja:sanctioned',
    ]);
  });
});

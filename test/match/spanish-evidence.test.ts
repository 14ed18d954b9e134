import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('ana-rodriguez', 'RODRIGUEZ, Ana', 'person', true, { positions: ['Vice President of the Republic'], countries: ['Venezuela'] }),
  entity('juan-garcia', 'GARCIA, Juan', 'person', true, { positions: ['Governor of Zulia State'], countries: ['Venezuela'] }),
]);

/** "text:status" for each mention of a page's blocks. */
function marks(text: string | string[]): string[] {
  const texts = Array.isArray(text) ? text : [text];
  return scanPage(index, texts).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));
}

describe('Spanish sanctions words as evidence for a common name', () => {
  it('marks a common name sanctioned in a Spanish sanctions story, as in the English one', () => {
    expect(marks('El Departamento del Tesoro sancionó este viernes a Hugo Carvajal, exjefe de inteligencia.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('The Treasury sanctioned Hugo Carvajal, the former intelligence chief, on Friday.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal fue al cine con su familia.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('counts "lista negra" and "lista Clinton" only as phrases', () => {
    expect(marks('Hugo Carvajal figura en la lista negra de Washington.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal figura en la lista Clinton desde hace años.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal vestía una camisa negra cuando llegó a Clinton, Iowa.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('reads "Tesoro" as the Treasury only with its capital', () => {
    expect(marks('Según el Tesoro, Hugo Carvajal movió fondos.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal encontró un tesoro en la playa.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('reads "sancionar" as sanctions with the United States named a few words away, and as any penalty without', () => {
    expect(marks('Estados Unidos sancionó este viernes a Hugo Carvajal, exjefe de inteligencia.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal fue sancionado por EE. UU. el año pasado.')).toEqual(['Hugo Carvajal:sanctioned']);
    expect(marks('Hugo Carvajal fue sancionado por la alcaldía con una multa.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Hugo Carvajal fue sancionado por la alcaldía con una multa tras volver de un largo viaje por Estados Unidos.')).toEqual(['Hugo Carvajal:possible']);
  });

  it('does not read "sin embargo" (however) as an embargo', () => {
    expect(marks('Sin embargo, Hugo Carvajal prefirió quedarse en casa.')).toEqual(['Hugo Carvajal:possible']);
    expect(marks('Cuba vive bajo un embargo y Hugo Carvajal lo criticó.')).toEqual(['Hugo Carvajal:sanctioned']);
  });

  it('keeps a namesake on a Spanish sports page possible, sanctions word or not', () => {
    const page = [
      'La liga sancionó al delantero Hugo Carvajal con dos fechas por una falta en el estadio.',
      'Su entrenador dijo que el gol de la temporada no se olvida y que el torneo sigue.',
    ];
    expect(marks(page)).toEqual(['Hugo Carvajal:possible']);
  });
});

describe('Spanish titles as evidence', () => {
  it('matches a title to the listed role, one-word compounds ("vicepresidenta") included', () => {
    expect(marks('La vicepresidenta Ana Rodríguez habló ayer en Caracas.')).toEqual(['Ana Rodríguez:sanctioned']);
    expect(marks('El gobernador Juan García inauguró una escuela.')).toEqual(['Juan García:sanctioned']);
    expect(marks('Vice President Ana Rodriguez spoke in Caracas.')).toEqual(['Ana Rodriguez:sanctioned']);
  });

  it('leaves the same names possible with a title that is not their role', () => {
    expect(marks('La cantante Ana Rodríguez habló ayer en Caracas.')).toEqual(['Ana Rodríguez:possible']);
    expect(marks('El panadero Juan García inauguró una tienda.')).toEqual(['Juan García:possible']);
  });

  it('leaves a title alone without a name', () => {
    expect(scanText(index, 'El presidente, la ministra y el fiscal general hablaron.')).toEqual([]);
  });
});

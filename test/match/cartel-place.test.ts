// A cartel named by its place alone ("Cartel de Jalisco", "the Jalisco cartel" of CARTEL DE JALISCO NUEVA GENERACION):
// on a page that names Mexico or tells a sanctions story, never on a page that does neither.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('cjng', 'CARTEL DE JALISCO NUEVA GENERACION', 'organization', true, { countries: ['Mexico'] }),
  entity('sinaloa', 'SINALOA CARTEL', 'organization', true, { names: [{ name: 'SINALOA CARTEL', type: 'primary' }, { name: 'CARTEL DE SINALOA', type: 'aka' }], countries: ['Mexico'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a cartel by its place alone', () => {
  it('is found on a page that names its country, in Spanish and in English', () => {
    expect(marks('Los líderes del Cartel de Jalisco controlan rutas en México.')).toEqual(['Cartel de Jalisco:cjng']);
    expect(marks('Mexico says the Jalisco cartel moved fentanyl north.')).toEqual(['Jalisco cartel:cjng']);
  });

  it('keeps the whole name one mark', () => {
    expect(marks('El Cartel de Jalisco Nueva Generación opera en México.')).toEqual(['Cartel de Jalisco Nueva Generación:cjng']);
  });

  it('is not found where the page names neither the country nor sanctions', () => {
    expect(marks('The Cartel de Jalisco is a film about a family feud.')).toEqual([]);
  });

  it('is no cut of a cartel named by its place already', () => {
    expect(marks('El Cartel de Sinaloa opera en México.')).toEqual(['Cartel de Sinaloa:sinaloa']);
  });
});

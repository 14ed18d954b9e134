// A nickname the page itself gives a person it just named in full, in quotes after "conocido como", "alias", "known as".
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made up, shaped as OFAC lists ZAMBADA NIEBLA, Vicente (no nickname listed; the news calls him "Vicentillo").
const index = buildNameIndex([
  entity('son', 'ZARAGOZA NIEBLO, Valentin', 'person', true, { countries: ['Mexico'] }),
  entity('namesake', 'FLORES ROBLES, Manuel', 'person', true, { countries: ['Mexico'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a nickname the page gives in quotes', () => {
  it('is the person named right before it, there and alone later', () => {
    const page = ['La OFAC sancionó a Valentín Zaragoza Nieblo, conocido como "Valentinillo", hijo del capo.', 'Valentinillo declaró ante la corte.'];
    expect(marks(page)).toEqual(['Valentín Zaragoza Nieblo:son:sanctioned', 'Valentinillo:son:sanctioned', 'Valentinillo:son:sanctioned']);
    expect(marks(['Valentín Zaragoza Nieblo, alias “El Valentinillo”, fue detenido.'])).toEqual(['Valentín Zaragoza Nieblo:son:sanctioned', 'El Valentinillo:son:sanctioned']);
  });

  it('is nobody after a namesake the page does not confirm, or where quotes or the words are missing', () => {
    // A common name on a page of no sanctions story: possible, so its nickname names no one.
    expect(marks(['El vecino Manuel Flores, conocido como "Manolito", abrió su tienda. Manolito sonríe.'])).toEqual(['Manuel Flores:namesake:possible']);
    expect(marks(['La OFAC sancionó a Valentín Zaragoza Nieblo, conocido como Valentinillo. Valentinillo declaró.'])).toEqual(['Valentín Zaragoza Nieblo:son:sanctioned']);
    expect(marks(['La OFAC sancionó a Valentín Zaragoza Nieblo, dijo "Valentinillo". Valentinillo declaró.'])).toEqual(['Valentín Zaragoza Nieblo:son:sanctioned']);
  });
});

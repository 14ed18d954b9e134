// A vessel by its bare name, which is often an everyday word or a place: only where the page says it is a vessel.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up yachts shaped like OFAC's entries (GRACEFUL, OLYMPIA).
const index = buildNameIndex([
  entity('graceful-like', 'GRACEFUL', 'vessel', true, { countries: ['Russia'] }),
  entity('olympia-like', 'OLYMPIA', 'vessel', true, { countries: ['Cayman Islands'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a vessel by its bare name', () => {
  it('is the vessel after a vessel word and the words that introduce a list, English or Spanish', () => {
    expect(found('The Treasury named yachts such as the Graceful.')).toEqual(['Graceful=graceful-like']);
    expect(found('Se identificaron yates como el Graceful.')).toEqual(['Graceful=graceful-like']);
    expect(found('El Tesoro bloqueó el superyate Graceful.')).toEqual(['Graceful=graceful-like']);
  });

  it('is the vessel when Spanish gives its flag right after it', () => {
    expect(found('Se identificó el Olympia, de bandera de las islas Caimán.')).toEqual(['Olympia=olympia-like']);
  });

  it('is an everyday word or a place anywhere else', () => {
    expect(found('She visited Olympia with a Graceful step.')).toEqual([]);
    expect(found('Olympia, flagged as a risk by analysts, fell.')).toEqual([]);
    expect(found('La bandera de Olympia ondea.')).toEqual([]);
    expect(found('The yacht sailed on to Olympia in the morning.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// A made-up firm shaped as OFAC lists PRIVATE MILITARY COMPANY 'WAGNER': a brand that is a common name too.
const index = buildNameIndex([entity('pmc', "PRIVATE SECURITY COMPANY 'MILLER'", 'organization', true, { countries: ['Russia'] })]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a brand that is a common name, after the rest of its listed name translated', () => {
  it('is the firm after its words of kind in Spanish, a country\'s adjective between ("la empresa de seguridad privada rusa Miller")', () => {
    expect(marks('La UE acordó imponer sanciones a la empresa de seguridad privada rusa Miller, acusada de desestabilizar Ucrania. Miller lo niega.')).toEqual(['Miller=pmc', 'Miller=pmc']);
  });

  it('is nothing after only part of the name, nor beside a given name', () => {
    expect(marks('La UE acordó imponer sanciones a Rusia; la empresa privada Miller no fue sancionada.')).toEqual([]);
    expect(marks('La UE acordó imponer sanciones a Rusia; la empresa de seguridad privada de Richard Miller no fue sancionada.')).toEqual([]);
  });
});

// Identifier types in Spanish: the commonest of the shipped dataset worded through the catalog, documents' own names
// and acronyms as written, anything else left to the card to mark as the list's English words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { identifierType } from '../../lib/i18n/identifier-types';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

describe('identifier types', () => {
  it('are worded, written as the list does, or left unknown', () => {
    expect(identifierType('Passport', es)).toBe('Pasaporte');
    expect(identifierType('National Identification\n         Number', es)).toBe('Documento nacional de identidad');
    expect(identifierType('Digital Currency Address - XBT', es)).toBe('Dirección de moneda digital (XBT)');
    expect(identifierType('C.U.R.P.', es)).toBe('C.U.R.P.');
    expect(identifierType('Istanbul Chamber of Comm.', es)).toBeUndefined();
  });
});

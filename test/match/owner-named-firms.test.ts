// A firm named after its owner (RODRIGUEZ LOPEZ, S.A. DE C.V.): without its legal form, a person's name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made up, shaped like OFAC's Mexican RODRIGUEZ LOPEZ, S.A. DE C.V., whose words listed people carry too.
const index = buildNameIndex([
  entity('firm-like', 'RODRIGUEZO LOPEZO, S.A. DE C.V.', 'organization', true, { countries: ['Mexico'] }),
  entity('person-a', 'RODRIGUEZO MARTINO, Felipo', 'person', true, { countries: ['Mexico'] }),
  entity('person-b', 'LOPEZO ALEMANO, Mauro', 'person', true, { countries: ['Colombia'] }),
  entity('thinh-like', 'THINHO CUONGO CO LTD', 'organization', true, { countries: ['Vietnam'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a firm named after its owner', () => {
  it('is no firm where only the person-name part stands, whatever the page says of the country or sanctions', () => {
    expect(marks('Narcisa Rodriguezo Lopezo, 96, passed away on Sunday. She would travel back to Mexico to visit relatives.')).toEqual([]);
    expect(marks('Mexico: the Treasury sanctions hit Rodriguezo Lopezo, a lawyer from Sinaloa, on Tuesday.')).toEqual([]);
  });

  it('is the firm with its legal form after the words, and by its short form once the page named it', () => {
    expect(marks('The Treasury sanctioned Rodriguezo Lopezo, S.A. de C.V. of Mexico.')).toEqual(['Rodriguezo Lopezo=firm-like']);
    expect(marks('The Treasury sanctioned Rodriguezo Lopezo SA de CV of Mexico.')).toEqual(['Rodriguezo Lopezo SA de CV=firm-like']);
    expect(marks('The Treasury sanctioned Rodriguezo Lopezo, S.A. de C.V. of Mexico. Rodriguezo Lopezo ran casinos.')).toEqual(['Rodriguezo Lopezo=firm-like', 'Rodriguezo Lopezo=firm-like']);
  });

  it('leaves a firm whose words no person carries as it was', () => {
    expect(marks('Vietnam: the Treasury sanctions named Thinho Cuongo as a supplier.')).toEqual(['Thinho Cuongo=thinh-like']);
  });
});

describe('a firm named after its owner, in Arabic', () => {
  // Shaped like OFAC's NABIL CHOUMAN & CO (a Lebanese exchange house) and its owner CHOUMAN, Nabil Khaled Halil.
  const lebanon = buildNameIndex([
    entity('chouman-firm', 'NABIL CHOUMAN & CO', 'organization', true, { countries: ['Lebanon'] }),
    entity('chouman-person', 'CHOUMAN, Nabil Khaled Halil', 'person', true, { countries: ['Lebanon'] }),
  ]);
  const found = (text: string) => scanText(lebanon, text).map((m) => `${m.text}=${m.entityId}`);
  const STORY = 'فرضت وزارة الخزانة الأمريكية عقوبات على قادة في حركة الجهاد';

  it('is the firm after its noun of kind, which Arabic writes before the name', () => {
    expect(found(`${STORY}، إضافة إلى شركة نبيل شومان للصيرفة ومقرها في لبنان.`)).toEqual(['نبيل شومان=chouman-firm']);
  });

  it('is no firm without the noun', () => {
    expect(found(`${STORY}، وقال نبيل شومان إنه سيطعن في القرار.`).filter((m) => m.endsWith('=chouman-firm'))).toEqual([]);
  });
});

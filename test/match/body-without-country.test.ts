// A body's listed name that ends with its country ("MINISTERIO PUBLICO DE NICARAGUA"), named again without it.
import { describe, expect, it } from 'vitest';
import { withoutCountryTail } from '../../lib/match/agency-forms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up bodies shaped like OFAC's.
const body = entity('mp-like', 'MINISTERIO PUBLICO DE NICARAGUA', 'organization', true, { countries: ['Nicaragua'] });
const index = buildNameIndex([body, entity('police-like', 'NATIONAL POLICE OF THE REPUBLIC OF NOWHERE', 'agency', true, { countries: ['Cuba'] })]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

describe('a body named without the country its listed name ends with', () => {
  it('is the body once the page named it in full', () => {
    expect(marks(['La OFAC designó al Ministerio Público de Nicaragua.', 'Según la ley 1055, el Ministerio Público ha arrestado a opositores.'])).toEqual([
      'Ministerio Público de Nicaragua=mp-like',
      'Ministerio Público=mp-like',
    ]);
  });

  it('is the body before that in a sanctions story about its country alone, the United States aside', () => {
    expect(marks(['En Nicaragua, el Ministerio Público ha arrestado a opositores; la OFAC sancionó a funcionarios.'])).toEqual(['Ministerio Público=mp-like']);
    expect(marks(['Estados Unidos sancionó a funcionarios en Nicaragua, dijo la OFAC.', 'El fiscal del Ministerio Público fue sancionado.'])).toEqual(['Ministerio Público=mp-like']);
  });

  it('is nothing where the page names another country, or tells no sanctions story', () => {
    expect(marks(['En Nicaragua y Venezuela, el Ministerio Público ha arrestado a opositores; la OFAC sancionó a funcionarios.'])).toEqual([]);
    expect(marks(['En Nicaragua, el Ministerio Público ha arrestado a un ladrón.'])).toEqual([]);
  });

  it('takes off only one of the body’s own countries, leaving two words or more', () => {
    expect(withoutCountryTail(body)).toEqual([['ministerio', 'publico']]);
    expect(withoutCountryTail(entity('x', 'BANCO DE CUBA', 'organization', true, { countries: ['Cuba'] }))).toEqual([]);
    expect(withoutCountryTail(entity('y', 'MINISTERIO PUBLICO DE NICARAGUA', 'organization', true, { countries: ['Cuba'] }))).toEqual([]);
  });
});

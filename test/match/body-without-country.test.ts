// A body's listed name that ends with its country ("MINISTERIO PUBLICO DE NICARAGUA"), named again without it.
import { describe, expect, it } from 'vitest';
import { withoutCountryTail } from '../../lib/match/agency-forms';
import { buildNameIndex, createPageContext, scanPage } from '../../lib/match/scan';
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

  it('is the body where the page names another country only after it, in a later batch too', () => {
    expect(marks(['En Nicaragua, la OFAC sancionó a funcionarios.', 'El fiscal del Ministerio Público ha arrestado a opositores, como en Venezuela.'])).toEqual(['Ministerio Público=mp-like']);
    expect(marks(['En Nicaragua, la OFAC sancionó a funcionarios; el Ministerio Público ha arrestado a opositores.', 'El Tesoro sancionó también a jueces de Venezuela.'])).toEqual(['Ministerio Público=mp-like']);
  });

  it('is nothing where an earlier batch of the page named another country', () => {
    const page = createPageContext();
    scanPage(index, ['Venezuela y Nicaragua: la OFAC sancionó a funcionarios.'], page);
    expect(scanPage(index, ['El Ministerio Público ha arrestado a opositores, dijo la OFAC.'], page).flat()).toEqual([]);
    const alone = createPageContext();
    scanPage(index, ['Nicaragua: la OFAC sancionó a funcionarios.'], alone);
    expect(scanPage(index, ['El Ministerio Público ha arrestado a opositores, dijo la OFAC.'], alone).flat().map((m) => m.text)).toEqual(['Ministerio Público']);
  });

  it('takes off only one of the body’s own countries, leaving two words or more', () => {
    expect(withoutCountryTail(body)).toEqual([['ministerio', 'publico']]);
    expect(withoutCountryTail(entity('x', 'BANCO DE CUBA', 'organization', true, { countries: ['Cuba'] }))).toEqual([]);
    expect(withoutCountryTail(entity('y', 'MINISTERIO PUBLICO DE NICARAGUA', 'organization', true, { countries: ['Cuba'] }))).toEqual([]);
  });
});

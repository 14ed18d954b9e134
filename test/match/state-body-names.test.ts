// A listed body named with state institutions' words only ("MINISTRY OF NATIONAL DEFENCE" of North Korea): every
// state has one, so the page must name the body's country.
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../lib/match/context-words';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up bodies shaped like the UN's and the curated agencies.
const index = buildNameIndex([
  entity('mnd-like', 'MINISTRY OF NATIONAL DEFENCE', 'organization', true, { countries: ["Democratic People's Republic of Korea"] }),
  entity('tsj-like', 'TRIBUNAL SUPREMO DE JUSTICIA', 'agency', true, { countries: ['Venezuela'] }),
  entity('jade-like', 'IMPERIAL JADE MINISTRY', 'organization', true, { countries: ['Burma'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

describe('a listed body named with state institutions’ words only', () => {
  it('is the listed body on a page that names its country', () => {
    expect(marks(['The UN sanctioned North Korea’s Ministry of National Defence on Monday.'])).toEqual(['Ministry of National Defence=mnd-like']);
    expect(marks(['En Venezuela, el Tribunal Supremo de Justicia falló contra la Asamblea.'])).toEqual(['Tribunal Supremo de Justicia=tsj-like']);
  });

  it('is another state’s body on a page that does not name the listed body’s country', () => {
    expect(marks(['OFAC sanctioned two Cambodian commanders, one a Ministry of National Defence director-general.'])).toEqual([]);
    expect(marks(['Los Alejos pagaron a jueces del Tribunal Supremo de Justicia de Guatemala, dijo el Tesoro.'])).toEqual([]);
  });

  it('keeps a name with a word of its own wherever it stands', () => {
    expect(marks(['OFAC sanctioned the Imperial Jade Ministry, a gem firm.'])).toEqual(['Imperial Jade Ministry=jade-like']);
  });
});

describe('the country fields the lists write in a state’s formal name', () => {
  it('are the countries pages name short', () => {
    expect(countryCode("Democratic People's Republic of Korea")).toBe('kp');
    expect(countryCode('Syrian Arab Republic')).toBe('sy');
    expect(countryCode('Iran (Islamic Republic of)')).toBe('ir');
    expect(countryCode('Congo, Democratic Republic of the')).toBe('cd');
    expect(countryCode('Bosnia and Herzegovina')).toBe('ba');
    expect(countryCode('Korea, North')).toBe('kp');
  });
});

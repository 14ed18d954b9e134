// The worst failures on real news: a namesake shown as sanctioned, or the wrong listed person. Each case is a class
// (an alias that is another identity's common name, a surname pair that names a person and a firm, two listed
// people with one name), shown with made-up entries shaped like the lists' own.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('felix', 'FELIX FELIX, Victor Manuel', 'person', true, { countries: ['Mexico'], names: [{ name: 'FELIX FELIX, Victor Manuel', type: 'primary' }, { name: 'CASTRO RODRIGUEZ, Raul', type: 'aka' }] }),
  entity('rlc', 'RODRIGUEZ LOPEZ-CALLEJA, Luis Alberto', 'person', true, { countries: ['Cuba'] }),
  entity('rl-firm', 'RODRIGUEZ LOPEZ, S.A. DE C.V.', 'organization', true, { countries: ['Mexico'] }),
  entity('kim-1946', 'KIM, Yong Chol', 'person', true, { birthDates: ['1946'], birthPlaces: ['Pyongan-Pukto, North Korea'], positions: ['Director of the Reconnaissance General Bureau'] }),
  entity('kim-1962', 'KIM, Yong Chol', 'person', true, { birthDates: ['1962-02-18'], nationalities: ['Korea, North'], positions: ['KOMID Representative in Iran'] }),
  entity('perez', 'PEREZ ROJAS, Daniel', 'person', true, { countries: ['Mexico'], names: [{ name: 'PEREZ ROJAS, Daniel', type: 'primary' }, { name: 'GONZALEZ DIAZ, Juan', type: 'aka' }] }),
  entity('panyaev', 'PANYAEV, Vladimir Alexandrovich', 'person', true, { countries: ['Russia'], names: [{ name: 'PANYAEV, Vladimir Alexandrovich', type: 'primary' }, { name: 'ALEXEEV, Vladimir', type: 'aka' }, { name: 'ALEXEYEV, Vladimir', type: 'aka' }] }),
  entity('alexseyev', 'ALEXSEYEV, Vladimir Stepanovich', 'person', true, { positions: ['First Deputy Chief of GRU'] }),
  entity('vorobyev', 'VOROBYEV, Andrey Yuryevich', 'person', true, { countries: ['Russia'], names: [{ name: 'VOROBYEV, Andrey Yuryevich', type: 'primary' }, { name: 'VOROBYOV, Andrei Yurievich', type: 'aka' }] }),
  // Shaped like AL-SAYYID, Ibrahim Amin a.k.a. SAYYED, linked to HIZBALLAH.
  entity('nuriyya', 'KATAIB AL-NURIYYA', 'organization', true, { countries: ['Lebanon'] }),
  // Amin and Sayed common by the lists' own count, as in the shipped dataset.
  ...['Zubair', 'Nawwaf', 'Qutaiba', 'Rabih', 'Shadi', 'Tamim', 'Waddah', 'Yasser'].map((g, k) => entity(`amin-sayed-${k}`, `AMIN SAYED, ${g}`, 'person', true)),
  entity('sayyid', 'AL-SAYYID, Ibrahim Amin', 'person', true, { countries: ['Lebanon'], names: [{ name: 'AL-SAYYID, Ibrahim Amin', type: 'primary' }, { name: 'SAYYED, Ibrahim Amin', type: 'aka' }], links: [{ relation: 'linked-to', name: 'KATAIB AL-NURIYYA', id: 'nuriyya' }] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('an alias of common words that is another identity', () => {
  it('is only possible on a sanctions page about its country: the story does not tell the namesake apart', () => {
    const page = ['Mexico: the Treasury sanctioned three traffickers on Tuesday, OFAC said.', 'White House adviser Juan Gonzalez met the opposition, and former president Raúl Castro sent a letter.'];
    expect(marks(page)).toEqual(['Juan Gonzalez:perez:possible', 'Raúl Castro:felix:possible']);
  });

  it('is sanctioned when the page names the listed person by the primary name too', () => {
    const page = ['OFAC sanctioned Victor Manuel Felix Felix, who used the name Raul Castro Rodriguez.', 'Raúl Castro, as he called himself, ran the network.'];
    expect(marks(page)).toEqual(['Victor Manuel Felix Felix:felix:sanctioned', 'Raul Castro Rodriguez:felix:sanctioned', 'Raúl Castro:felix:sanctioned']);
  });
});

describe('an alias of common words on a page that names the body the lists link the person to', () => {
  it('is the listed person, with the sanctions words near', () => {
    const sanctions = 'OFAC designated Ibrahim al-Amin al-Sayed under the counter-terrorism sanctions order.';
    expect(marks(['Kataib al-Nuriyya named its council.', sanctions])).toEqual(['Kataib al-Nuriyya:nuriyya:sanctioned', 'Ibrahim al-Amin al-Sayed:sayyid:sanctioned']);
    expect(marks(['The council met in Beirut.', sanctions])).toEqual(['Ibrahim al-Amin al-Sayed:sayyid:possible']);
  });
});

describe('an alias that is a spelling of the primary name', () => {
  it('is the listed person on a sanctions page, as the primary name would be ("Воробйов" of VOROBYEV)', () => {
    const page = ['Британія запровадила санкції проти 29 глав регіонів Росії. Серед них Андрій Воробйов (Московська область).'];
    expect(marks(page)).toEqual(['Андрій Воробйов:vorobyev:sanctioned']);
  });
});

describe('an alias that is another identity beside a listed person of that surname', () => {
  it('gives way to the person whom the Cyrillic words name by their own name without the patronymic', () => {
    const page = ['В санкционный список Минфина США попали шесть граждан России, среди них Владимир Алексеев.'];
    expect(marks(page).filter((m) => m.startsWith('Владимир'))).toEqual(['Владимир Алексеев:alexseyev:sanctioned']);
  });
});

describe('surnames that are also the words of a firm', () => {
  const sanctioned = 'Washington sanctioned General Luis Alberto Rodríguez López-Calleja, head of GAESA.';

  it('link back to the person named in full before, not to the firm', () => {
    expect(marks([sanctioned, 'The assets of Rodríguez López-Calleja are frozen.'])).toEqual([
      'Luis Alberto Rodríguez López-Calleja:rlc:sanctioned',
      'Rodríguez López-Calleja:rlc:sanctioned',
    ]);
  });

  it('are the firm on a page that never named the person', () => {
    expect(marks(['OFAC sanctioned the Mexican firm Rodríguez López, S.A. de C.V. for laundering.'])).toEqual(['Rodríguez López:rl-firm:sanctioned']);
  });
});

describe('two listed people with one name', () => {
  it('are only possible when nothing on the page tells them apart (a birthplace counts as a country)', () => {
    const page = scanPage(index, ['The United States sanctioned three North Korean officials. Talks with senior North Korean official Kim Yong Chol were cancelled.'])[0];
    expect(page.map((m) => `${m.text}:${m.status}:${[m.entityId, ...m.alternatives].sort().join(',')}`)).toEqual(['Kim Yong Chol:possible:kim-1946,kim-1962']);
  });

  it('are the one whose listed role the title before the name fits', () => {
    expect(marks(['The United States sanctioned the North Korean spy agency director Kim Yong Chol.'])).toEqual(['Kim Yong Chol:kim-1946:sanctioned']);
  });
});

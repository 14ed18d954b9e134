// A firm's brand in a list of designated firms, on a page that does not name the firm's own country.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up firms shaped like OFAC's Belarus round of August 2021 (AGROROZKVIT LLC is listed with Ukraine).
const index = buildNameIndex([
  entity('agro-like', 'AGROROZKVITO LLC', 'organization', true, { countries: ['Ukraine'] }),
  entity('beltech-like', 'CJSC BELTECHEXPORTO', 'organization', true, { countries: ['Belarus'] }),
  entity('slavkali-like', 'FOREIGN LIMITED LIABILITY COMPANY SLAVKALIO', 'organization', true, { countries: ['Belarus'] }),
  entity('phoenix-like', 'FENIKSO', 'organization', true, { countries: ['Russia'], names: [{ name: 'FENIKSO', type: 'primary' }, { name: 'PHOENIXO', type: 'aka' }] }),
  entity('arizona-like', 'ARIZONO S.A.', 'organization', true, { countries: ['Panama'] }),
  entity('agat-like', 'AGATO ELECTROMECHANICAL PLANT OJSC', 'organization', true, { countries: ['Belarus'] }),
]);

const found = (text: string) => scanText(index, text).map((m) => m.text);
const STORY = 'The US Treasury imposed sanctions on Belarus over the crackdown; OFAC designated officials and firms.';

describe('a firm’s brand in a list of firms', () => {
  it('is the firm when two items beside it are other firms’ words, in a sanctions story', () => {
    expect(found(`${STORY} Among the companies under the sanctions were Agrorozkvito, Beltechexporto, Slavkalio and others.`)).toEqual(['Agrorozkvito', 'Beltechexporto', 'Slavkalio']);
    expect(found(`${STORY} Among the companies under the sanctions were Beltechexporto, Slavkalio and Agrorozkvito.`)).toEqual(['Beltechexporto', 'Slavkalio', 'Agrorozkvito']);
    expect(found(`${STORY} The sanctions named Slavkalio, Agrorozkvito and Beltechexporto.`)).toEqual(['Slavkalio', 'Agrorozkvito', 'Beltechexporto']);
  });

  it('needs the list and the story: alone, or beside a word any name may carry, it needs its country', () => {
    expect(found(`${STORY} Among the companies under the sanctions was Agrorozkvito, a grain trader.`)).toEqual([]);
    expect(found(`${STORY} Among the companies under the sanctions were Agrorozkvito, Minsk and others.`)).toEqual([]);
    expect(found(`${STORY} Among the companies under the sanctions were Agrorozkvito and Beltechexporto.`)).toEqual(['Beltechexporto']);
    // A place whose words are firms' words too.
    expect(found(`${STORY} A broker in Phoenixo, Arizono, Estados Unidos, was named.`)).toEqual([]);
    expect(found('The farm fair showed Agrorozkvito, Beltechexporto and others.')).toEqual([]);
  });
});

describe('a firm’s brand after listed firms’ names the scan found', () => {
  it('counts a found firm’s name of several words as an item of the list', () => {
    expect(found(`${STORY} Among the companies under the sanctions were Beltechexporto, Agato Electromechanical Plant, Agrorozkvito, 140 Repair Plant.`)).toEqual(['Beltechexporto', 'Agato Electromechanical Plant', 'Agrorozkvito']);
  });

  it('still needs two items: one found firm before it is not enough', () => {
    expect(found(`${STORY} Among the companies under the sanctions were Agato Electromechanical Plant, Agrorozkvito, 140 Repair Plant.`)).toEqual(['Agato Electromechanical Plant']);
  });
});

describe('a brand in title case between two acronyms', () => {
  const ru = buildNameIndex([
    entity('alrosa-like', 'PUBLIC JOINT STOCK COMPANY ALROSO', 'organization', true, { countries: ['Russia'] }),
    entity('scf-like', 'JOINT STOCK COMPANY SOVCOMFLOTO', 'organization', true, { countries: ['Russia'] }),
    entity('ntb-like', 'PUBLIC JOINT STOCK COMPANY NTBK', 'organization', true, { countries: ['Russia'] }),
  ]);
  const ruFound = (text: string) => scanText(ru, text).map((m) => m.text);

  it('is no word of a headline in capitals ("АЛРОСО, «Совкомфлото», НТБК")', () => {
    expect(ruFound('США ввели санкции против России: запрет распространяется на АЛРОСО, «Совкомфлото», НТБК.')).toEqual(['АЛРОСО', 'Совкомфлото', 'НТБК']);
    expect(ruFound('США ввели санкции против России: запрет распространяется на АЛРОСО, «Совкомфлото».')).toEqual(['АЛРОСО', 'Совкомфлото']);
  });
});

describe('a crime group’s short name in a run of groups', () => {
  // Made-up groups shaped like OFAC's Mexican and Colombian cartels; the page names neither country.
  const groups = buildNameIndex([
    entity('familia-like', 'LA FAMILIA MICHOACANO', 'organization', true, { countries: ['Mexico'] }),
    entity('zetas-like', 'LOS ZETOS', 'organization', true, { countries: ['Mexico'] }),
    entity('templarios-like', 'LOS CABALLEROS TEMPLARIOSO', 'organization', true, { countries: ['Mexico'] }),
    entity('rastrojos-like', 'LOS RASTROJOSOS', 'organization', true, { countries: ['Colombia'] }),
    entity('cuinis-like', 'LOS CUINISOS', 'organization', true, { countries: ['Mexico'] }),
    entity('sinaloa-like', 'CARTEL DE SINALOO', 'organization', true, { countries: ['Mexico'] }),
    entity('person-like', 'ZAMBADA GARCIOS, Ismael', 'person', true, { countries: ['Mexico'] }),
  ]);
  const groupsFound = (text: string) => scanText(groups, text).map((m) => m.text);
  const STORY_ES = 'Las acusaciones de la OFAC elevan a 14 los hondureños en la lista negra del Departamento del Tesoro, la lista de sanciones.';

  it('is each group in a sanctions story, the country unnamed', () => {
    expect(groupsFound(`${STORY_ES} La lista contiene organizaciones como la Familia Michoacano, Los Zetos, Cartel de Sinaloo, Caballeros Templarioso, Rastrojosos o Cuinisos.`)).toEqual([
      'Familia Michoacano', 'Los Zetos', 'Cartel de Sinaloo', 'Caballeros Templarioso', 'Rastrojosos', 'Cuinisos',
    ]);
  });

  it('needs the story and two other groups beside it', () => {
    expect(groupsFound('La lista contiene organizaciones como la Familia Michoacano, Los Zetos, Caballeros Templarioso, Rastrojosos o Cuinisos.')).toEqual([]);
    expect(groupsFound(`${STORY_ES} El músico tocó con Rastrojosos y Zambada Garcios en Tegucigalpa.`)).toEqual([]);
    expect(groupsFound(`${STORY_ES} Entre los apellidos están Arellano, Rastrojosos, Zambada, Caro y Quintero.`)).toEqual([]);
  });
});

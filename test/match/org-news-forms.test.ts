// Organisations as Latin-script news writes them beyond the list's own forms: a connector the list leaves out, the
// group's name before a title, the group's brand after "grupo de hackers", an aircraft by its tail number.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made-up entries shaped like OFAC's AVERUCA, C.A., LAZARUS GROUP and the jet N488RC; HIZBALLAH is the fixtures' own.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('agencia-like', 'AVERUCO, C.A.', 'organization', true, { countries: ['Venezuela'], names: [{ name: 'AVERUCO, C.A.', type: 'primary' }, { name: 'AGENCIA VEHICULOS ESPECIALES RURALES, C.A.', type: 'aka' }] }),
  entity('hackers-like', 'LAZARO GROUP', 'organization', true, { countries: ['Korea, North'] }),
  entity('jet-like', 'N477RC', 'aircraft', false),
  entity('person-like', 'VEHICULOS ESPECIALES, Mario', 'person', true, { countries: ['Venezuela'] }),
  entity('media-like', 'DIFUSA COMUNICACIONES S.A.', 'organization', true, { countries: ['Nicaragua'] }),
  entity('diamond-like', 'DIAMVILLO SAU', 'organization', true, { countries: ['Central African Republic'] }),
  entity('division-like', 'FIFTH DIVISION OF THE SYRIAN ARAB ARMY', 'organization', true, { countries: ['Syria'] }),
  // Shaped like OFAC's QUDS FORCE (an alias of the IRGC's), AL-NUSRAH FRONT and AKHMAT KADYROV FOUNDATION.
  entity('force-like', 'QUDSA FORCE', 'organization', true, { countries: ['Iran'] }),
  entity('front-like', 'AL-NUSRAT FRONT', 'organization', true, { countries: ['Syria'] }),
  entity('foundation-like', 'AKHMET KADYROV FOUNDATION', 'organization', true, { countries: ['Russia'] }),
  entity('popular-like', 'POPULAR FRONT', 'organization', true, { countries: ['Syria'] }),
]);

const found = (text: string | string[]) => scanPage(index, Array.isArray(text) ? text : [text]).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}`));

describe('a connector the page writes inside an organisation’s name and the list does not', () => {
  it('is stepped over ("Agencia de Vehículos ..."), and the brand in brackets after it is the firm', () => {
    expect(found('El jefe de la Agencia de Vehículos Especiales Rurales (Averuco), José Pérez, fue sancionado.')).toEqual(['Agencia de Vehículos Especiales Rurales=agencia-like', 'Averuco=agencia-like']);
  });

  it('never for "y", "and", nor inside a person’s name, nor before a word in lower case', () => {
    expect(found('La Agencia y Vehículos Especiales Rurales fue sancionada.')).toEqual([]);
    expect(found('Lo dijo Mario de Vehículos Especiales en Caracas.')).toEqual([]);
    expect(found('La Agencia de vehículos especiales rurales fue sancionada.')).toEqual([]);
  });
});

describe('a group’s one-word name before a title', () => {
  it('is the group, in a sentence or a headline in title case', () => {
    expect(found('Hezbollah Secretary-General Naim Qassem spoke on Sunday.')).toContain('Hezbollah=ofac-4697');
    expect(found(['Hezbollah SG Sayyed Nasrallah’s Son Tells Stories', 'By a reporter'])).toContain('Hezbollah=ofac-4697');
    expect(found('In Beirut, Hezbollah MP Mohammad Raad spoke.')).toContain('Hezbollah=ofac-4697');
  });

  it('is nothing before another name word', () => {
    expect(found('Hezbollah Mohammad spoke.')).not.toContain('Hezbollah=ofac-4697');
  });

  it('is the group before an everyday word in a title-case headline, not before a person’s name word there', () => {
    const story = 'The Treasury sanctioned a network that raised funds for the group in Lebanon.';
    expect(found(['Treasury Targets Hezbollah Funding Network', story])).toContain('Hezbollah=ofac-4697');
    expect(found(['Treasury Targets Hezbollah Mohammad Network', story])).not.toContain('Hezbollah=ofac-4697');
    expect(found(['The Treasury sanctioned the Hezbollah Funding network in Lebanon.', story])).not.toContain('Hezbollah=ofac-4697');
  });
});

describe('a brand that is a common name too, after the kind of group it is', () => {
  it('is the group after "grupo de hackers", "group of hackers", "grupo paramilitar"', () => {
    expect(found('El Tesoro sancionó a Corea del Norte por los robos del grupo de hackers Lazaro, dijo la OFAC.')).toEqual(['Lazaro=hackers-like']);
    expect(found('North Korea sanctions: the Treasury tied it to the group of hackers Lazaro.')).toEqual(['Lazaro=hackers-like']);
    expect(found('El Tesoro sancionó a Corea del Norte por los robos del grupo norcoreano Lazaro.')).toEqual(['Lazaro=hackers-like']);
  });

  it('is nothing after other words, or more of them', () => {
    expect(found('El Tesoro sancionó a Corea del Norte; el grupo de amigos de hackers Lazaro protestó.')).toEqual([]);
    expect(found('North Korea sanctions: the Treasury said Lazaro stole funds.')).toEqual([]);
  });
});

describe('a group’s name in Spanish order', () => {
  it('is "Grupo Lazaro" of LAZARO GROUP, as Spanish news writes it, with or without a story', () => {
    expect(found('Los hackers del Grupo Lazaro robaron a un banco.')).toEqual(['Grupo Lazaro=hackers-like']);
    expect(found('El Tesoro sancionó al Grupo Lazaro, dijo la OFAC.')).toEqual(['Grupo Lazaro=hackers-like']);
  });

  it('is likewise a force, a front, a foundation with its head first (a sentence from noticiaslatam)', () => {
    expect(found('Qasem Soleimani, comandante de la Fuerza Qudsa de la Guardia Revolucionaria, murió.')).toEqual(['Fuerza Qudsa=force-like']);
    expect(found('El Frente al Nusrat y la Fundación Akhmet Kadyrov fueron sancionados.')).toEqual(['Frente al Nusrat=front-like', 'Fundación Akhmet Kadyrov=foundation-like']);
  });

  it('never for a name of words Spanish spells alike: "Frente Popular" is any country’s', () => {
    expect(found('El Frente Popular ganó las elecciones en Siria.')).toEqual([]);
  });

  it('needs the capital of a name: "el grupo Lazaro" in lower case is the brand rule’s, with its evidence', () => {
    expect(found('Lo dijo el grupo Lazaro ayer.')).toEqual([]);
  });
});

describe('a firm’s brand on a Spanish page that names its country in Spanish', () => {
  it('is the firm with "República Centroafricana" on the page, and nothing without it', () => {
    expect(found('El Tesoro impuso sanciones: las compañías sancionadas son Diamvillo, compradora de oro con sede en República Centroafricana.')).toEqual(['Diamvillo=diamond-like']);
    expect(found('El Tesoro impuso sanciones: las compañías sancionadas son Diamvillo, compradora de oro con sede en Dubái.')).toEqual([]);
  });
});

describe('an aircraft by its tail number', () => {
  it('is the aircraft in the list’s exact form, capitals and digits', () => {
    expect(scanText(index, 'La OFAC identificó un jet privado, número N477RC, en Florida.').map((m) => `${m.text}=${m.entityId}:${m.status}`)).toEqual(['N477RC=jet-like:delisted']);
  });

  it('is nothing in another case or spelling', () => {
    expect(found('Un jet, número n477rc, en Florida.')).toEqual([]);
    expect(found('Un jet, número N477RK, en Florida.')).toEqual([]);
  });
});

describe('a media firm by its brand', () => {
  it('is the firm without "Comunicaciones", with the brand’s evidence', () => {
    expect(found('Ortega maneja en Nicaragua la empresa de publicidad «Difusa», sancionada por el Tesoro.')).toEqual(['Difusa=media-like']);
    expect(found('La empresa de publicidad «Difusa» abrió una oficina.')).toEqual([]);
  });
});

describe('a unit of a country’s army by the unit alone', () => {
  it('is the unit in a sanctions story about its country alone, or after the country’s possessive', () => {
    expect(found('The US Treasury imposed sanctions on Syrian traders tied to the Fifth Division.')).toContain('Fifth Division=division-like');
    expect(found('The US Treasury imposed sanctions on traders. Syria’s Fifth Division runs the trade.')).toContain('Fifth Division=division-like');
  });

  it('is nothing on a page about another country too, or without a sanctions story', () => {
    expect(found('The US Treasury imposed sanctions on Syrian traders in Lebanon tied to the Fifth Division.')).not.toContain('Fifth Division=division-like');
    expect(found('The club was promoted from the Fifth Division in Syria.')).toEqual([]);
  });

  it('is the unit in Arabic, its ordinal after the noun, under the same rule', () => {
    expect(found('فرضت وزارة الخزانة الأمريكية عقوبات على تجار في سوريا مرتبطين بالفرقة الخامسة، وأدرجتهم في القائمة السوداء.')).toEqual(['بالفرقة الخامسة=division-like']);
    expect(found('فرضت وزارة الخزانة الأمريكية عقوبات على تجار في سوريا ولبنان مرتبطين بالفرقة الخامسة، وأدرجتهم في القائمة السوداء.')).toEqual([]);
    expect(found('صعد النادي السوري من الفرقة الخامسة.')).toEqual([]);
  });
});

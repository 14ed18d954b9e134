import { describe, expect, it } from 'vitest';
import { buildNameIndex, createPageContext, isNameIndex, scanPage, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('smith', 'SMITH, David', 'person', true, { countries: ['United Kingdom'] }),
]);

/** "text=id:status" for each mention, the way a reader would check the page. */
function marks(text: string | string[]): string[] {
  const texts = Array.isArray(text) ? text : [text];
  return scanPage(index, texts).flatMap((ms) => ms.map((m) => `${m.text}=${m.entityId}:${m.status}`));
}

describe('scanText: finding listed names', () => {
  it('finds a Spanish name written with one family name, accents and a possessive', () => {
    const text = 'Yesterday Nicolás Maduro’s government replied.';
    const [m] = scanText(index, text);
    expect(m.text).toBe('Nicolás Maduro');
    expect(text.slice(m.start, m.end)).toBe('Nicolás Maduro');
    expect(m.entityId).toBe('ofac-22790');
    expect(m.status).toBe('sanctioned');
  });

  it('finds names written family name first', () => {
    expect(marks('Chen Quanguo, sanctioned in 2020, ran Xinjiang. Kim Jong Un fired a missile. Min Aung Hlaing seized power.')).toEqual([
      'Chen Quanguo=ofac-29220:sanctioned',
      'Kim Jong Un=ofac-20157:sanctioned',
      'Min Aung Hlaing=ofac-27225:sanctioned',
    ]);
  });

  it('treats Arabic particles as optional and interchangeable', () => {
    for (const name of ['Bashar al-Assad', 'Bashar Assad', 'Bashar el-Assad', 'Bashar Al Assad']) {
      expect(scanText(index, `The regime of ${name} said.`).map((m) => m.entityId)).toEqual(['ofac-12735']);
    }
  });

  it('finds transliteration variants the list does not spell', () => {
    expect(scanText(index, 'Sergey Kirienko visited.').map((m) => m.entityId)).toEqual(['ofac-31123']);
    expect(scanText(index, 'Aleksey Miller of Gazprom.').map((m) => m.entityId)).toEqual(['ofac-24083']);
    expect(scanText(index, 'Kiumars Heidari spoke.').map((m) => m.entityId)).toEqual(['ofac-39256']);
    expect(scanText(index, 'Alexander Lukashenka won.').map((m) => m.entityId)).toEqual(['ofac-9760']);
  });

  it('matches acronyms only as whole upper-case words', () => {
    expect(marks('PDVSA, the DGCIM and the IRGC.')).toEqual(['PDVSA=ofac-26367:sanctioned', 'DGCIM=ofac-27008:sanctioned', 'IRGC=ofac-10391:sanctioned']);
    expect(scanText(index, 'the word pdvsa in lower case, Irgc in title case')).toEqual([]);
    // In a headline set in capitals an acronym is not told apart from ordinary words.
    expect(scanText(index, 'OIL FIRMS AND PDVSA CUT OUTPUT')).toEqual([]);
  });

  it('makes legal forms optional', () => {
    expect(marks('Petróleos de Venezuela and Rosneft Trading SA')).toEqual(['Petróleos de Venezuela=ofac-26367:sanctioned', 'Rosneft Trading SA=ofac-18299:sanctioned']);
  });

  it('skips a middle initial', () => {
    expect(marks('Nicolás M. Maduro spoke.')).toEqual(['Nicolás M. Maduro=ofac-22790:sanctioned']);
  });

  it('allows a title before the name and shows a delisted or unsanctioned person as such', () => {
    expect(marks('Lt. Gen. Manuel Ricardo Cristopher Figuera met Vice President Mike Pence.')).toEqual([
      'Manuel Ricardo Cristopher Figuera=curated-cristopher-figuera:delisted',
      'Mike Pence=curated-pence:not-sanctioned',
    ]);
  });
});

describe('scanText: precision', () => {
  it('never flags a common word that is also a vessel’s name, but finds the tanker by name', () => {
    expect(scanText(index, 'Freedom of the press. FREEDOM! freedom')).toEqual([]);
    expect(marks('The tanker Freedom sailed.')).toEqual(['Freedom=ofac-29485:sanctioned']);
  });

  it('never flags a surname alone, a first name alone or a country', () => {
    expect(scanText(index, 'Maduro said no. Nicolás agreed. Venezuela and Syria. Bashar.')).toEqual([]);
  });

  it('never flags a word left over from a company name without its legal form, nor a three-letter acronym out of context', () => {
    const tech = buildNameIndex([
      entity('ast', 'AKTSIONERNOE OBSHCHESTVO AST', 'organization', true),
      entity('argument', 'JSC ARGUMENT', 'organization', true),
      { ...entity('rgb', 'RECONNAISSANCE GENERAL BUREAU', 'organization', true, { countries: ['Korea, North'] }), names: [{ name: 'RECONNAISSANCE GENERAL BUREAU', type: 'primary' }, { name: 'RGB', type: 'aka' }] },
    ]);
    expect(scanText(tech, 'Walk the AST. Argument parsing converts RGB colours.')).toEqual([]);
    expect(scanText(tech, 'North Korea’s RGB runs the hackers.').map((m) => m.entityId)).toEqual(['rgb']);
    expect(scanText(tech, 'JSC Argument was fined.').map((m) => m.entityId)).toEqual(['argument']);
  });

  it('finds a firm by its one rare word without the legal form only with evidence on the page', () => {
    const banks = buildNameIndex([
      entity('sber', 'PJSC SBERBANK', 'organization', true, { countries: ['Russia'] }),
      entity('romashka', 'OOO ROMASHKA', 'organization', true, { countries: ['Russia'] }),
      entity('hebron', 'HEBRON S.A.', 'organization', true, { countries: ['Colombia'] }),
      entity('unidas', 'UNIDAS S.A.', 'organization', true, { countries: ['Colombia'] }),
    ]);
    const found = (text: string) => scanText(banks, text).map((m) => m.text);
    expect(found('The EU sanctioned Russian banks such as Sberbank on Friday.')).toEqual(['Sberbank']);
    // No sanctions story, or not the firm's country.
    expect(found('Russian banks such as Sberbank cut rates.')).toEqual([]);
    expect(found('Sanctions hit settlers in Hebron, the Treasury said.')).toEqual([]);
    // At a sentence's start, or beside another capitalised word, a word is read as the word it is.
    expect(found('Russia faces sanctions. Romashka tea is calming, said the shop owner.')).toEqual([]);
    expect(found('Colombia pidió sanciones en las Naciones Unidas.')).toEqual([]);
    expect(found('Russia faces sanctions; Romashka Cafe opened anyway.')).toEqual([]);
  });

  it('never flags a weak alias on its own', () => {
    expect(scanText(index, 'Shikuba and EX-CLE were there.')).toEqual([]);
  });

  it('does not take lower-case words for a person’s name', () => {
    expect(scanText(index, 'kim jong un')).toEqual([]);
  });

  it('does not take someone else’s fuller name for a listed one (Hugo Carvajal Rodríguez is not Hugo Carvajal Barrios)', () => {
    expect(scanText(index, 'The engineer Hugo Carvajal Rodríguez opened the bridge.')).toEqual([]);
    expect(scanText(index, 'Pedro Hugo Carvajal opened the bridge.')).toEqual([]);
  });

  it('does not run a name across a sentence or a line break', () => {
    expect(scanText(index, 'He met Nicolás. Maduro was away.')).toEqual([]);
    expect(scanText(index, 'Nicolás\nMaduro')).toEqual([]);
  });
});

describe('scanText: same-name people and context', () => {
  it('gives the best candidate first and the namesake as an alternative', () => {
    const [m] = scanText(index, 'President Nicolás Maduro spoke in Caracas.');
    expect(m.entityId).toBe('ofac-22790');
    expect(m.alternatives).toContain('ofac-26946');
  });

  it('prefers the fuller name: Nicolás Maduro Guerra is the son', () => {
    expect(scanText(index, 'Nicolás Maduro Guerra, the son, spoke.').map((m) => m.entityId)).toEqual(['ofac-26946']);
  });
});

describe('scanPage: surnames alone', () => {
  it('links a surname to the fuller name on the page, across blocks (forward only from a short block, a headline)', () => {
    expect(marks(['Maduro spoke first.', 'Nicolás Maduro Moros is president.', 'Later Maduro left, and Maduro’s wife stayed.'])).toEqual([
      'Maduro=ofac-22790:sanctioned',
      'Nicolás Maduro Moros=ofac-22790:sanctioned',
      'Maduro=ofac-22790:sanctioned',
      'Maduro=ofac-22790:sanctioned',
    ]);
  });

  it('links a two-word surname and its last part (Cristopher Figuera, Figuera)', () => {
    expect(marks('General Manuel Ricardo Cristopher Figuera defected. General Cristopher Figuera said so. Figuera left.')).toEqual([
      'Manuel Ricardo Cristopher Figuera=curated-cristopher-figuera:delisted',
      'Cristopher Figuera=curated-cristopher-figuera:delisted',
      'Figuera=curated-cristopher-figuera:delisted',
    ]);
  });

  it('links the surname of a name written plainly, as curated records write it (Mike Pence, then Pence)', () => {
    const plain = buildNameIndex([entity('pence', 'Mike Pence', 'person', null), entity('guaido', 'Juan Gerardo Guaidó Márquez', 'person', null)]);
    const ms = scanPage(plain, ['Vice President Mike Pence spoke with Juan Gerardo Guaidó Márquez.', 'Pence said Guaidó would win.']).flat();
    expect(ms.map((m) => `${m.text}=${m.entityId}:${m.status}`)).toEqual([
      'Mike Pence=pence:not-sanctioned',
      'Juan Gerardo Guaidó Márquez=guaido:not-sanctioned',
      'Pence=pence:not-sanctioned',
      'Guaidó=guaido:not-sanctioned',
    ]);
  });

  it('starts a page afresh when the index changes (a new dataset version mid-page)', () => {
    const page = createPageContext();
    scanText(index, 'Nicolás Maduro Moros spoke.', page);
    const other = buildNameIndex([entity('x', 'MADURO, Pedro', 'person', true)]);
    expect(scanText(other, 'Maduro replied.', page)).toEqual([]);
  });

  it('marks a surname two people on the page share as only possible', () => {
    // Both carry it first: the father and the son.
    const ms = scanText(index, 'Nicolás Maduro Moros and his son Nicolás Maduro Guerra arrived. Maduro spoke.');
    const last = ms[ms.length - 1];
    expect(last.text).toBe('Maduro');
    expect(last.status).toBe('possible');
    expect(last.possibleBecause).toBe('shared-surname');
    // The wife carries it second, after her own father's ("Flores de Maduro"): Spanish news calls her Flores.
    const wife = scanText(index, 'Nicolás Maduro Moros and his wife Cilia Flores de Maduro arrived. Maduro spoke.');
    expect(wife[wife.length - 1]).toMatchObject({ text: 'Maduro', status: 'sanctioned', entityId: 'ofac-22790' });
  });

  it('marks a surname as only possible when an unlisted person on the page carries it too', () => {
    const ms = scanText(index, 'Nicolás Maduro Moros met his cousin Pedro Maduro. Maduro spoke.');
    expect(ms.map((m) => `${m.text}:${m.status}`)).toEqual(['Nicolás Maduro Moros:sanctioned', 'Maduro:possible']);
  });
});

describe('scanPage: common names', () => {
  const sports = [
    'Al Ahly beat Zamalek 2-1 in the league on Sunday.',
    'Striker Ali Ibrahim scored twice in the first half and Mohammed Omar added a penalty before the break.',
    'The coach praised David Smith, the goalkeeper, after the match.',
  ];

  it('never shows a footballer sharing a common name with a listed person as sanctioned', () => {
    const ms = scanPage(index, sports).flat();
    expect(ms.map((m) => `${m.text}:${m.status}`)).toEqual(['Ali Ibrahim:possible', 'Mohammed Omar:possible', 'David Smith:possible']);
    expect(ms.every((m) => m.possibleBecause === 'common-name')).toBe(true);
  });

  it('reports a common name as sanctioned when the page tells a sanctions story about it', () => {
    const ms = scanText(index, 'The Treasury sanctioned Ali Ibrahim, an employee of a Syrian weapons research centre.');
    expect(ms.map((m) => `${m.text}=${m.entityId}:${m.status}`)).toEqual(['Ali Ibrahim=ofac-22149:sanctioned']);
  });

  it('treats the fuller listed name elsewhere on the page as evidence', () => {
    const ms = scanPage(index, ['Mohamed Ahmed Elsayed Ahmed Ibrahim was named in the report.', 'Mohamed Ibrahim lived in Brazil.']).flat();
    expect(ms.map((m) => `${m.text}:${m.status}`)).toEqual(['Mohamed Ahmed Elsayed Ahmed Ibrahim:sanctioned', 'Mohamed Ibrahim:sanctioned']);
  });

  it('keeps a distinctive name sanctioned without any evidence', () => {
    expect(marks('Min Aung Hlaing went to Moscow.')).toEqual(['Min Aung Hlaing=ofac-27225:sanctioned']);
  });

  it('treats a two-word name with a common part (Chen of Chen Quanguo) as a common name', () => {
    expect(marks('Chen Quanguo gave a talk on poetry.')).toEqual(['Chen Quanguo=ofac-29220:possible']);
  });

  it('treats a shortened name with a common part as a common name, unless it names a head of state', () => {
    expect(marks('Cilia Flores went to the cinema.')).toEqual(['Cilia Flores=ofac-25079:possible']);
    expect(marks('Cilia Flores, the Venezuelan first lady under U.S. sanctions, went to Spain.')).toEqual(['Cilia Flores=ofac-25079:sanctioned']);
    expect(marks('Hugo Carvajal went to the cinema.')).toEqual(['Hugo Carvajal=ofac-11186:possible']);
    expect(marks('Nicolás Maduro went to the cinema.')).toEqual(['Nicolás Maduro=ofac-22790:sanctioned']);
  });
});

describe('the index', () => {
  it('scans the same after a round trip through plain arrays (an IndexedDB cache)', () => {
    const copy: unknown = structuredClone(index);
    if (!isNameIndex(copy)) throw new Error('not an index after structured clone');
    const text = 'President Nicolás Maduro and PDVSA. Later Maduro spoke with Bashar al-Assad.';
    expect(scanText(copy, text)).toEqual(scanText(index, text));
  });

  it('refuses a cached index of an earlier format (built with other name forms and word senses)', () => {
    expect(isNameIndex({ ...structuredClone(index), format: 1 })).toBe(false);
  });
});

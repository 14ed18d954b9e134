// A firm's name in «guillemets» whose first word has two letters and whose later words are in lower case.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const listed = 'JOINT STOCK COMMERCIAL BANK AK BARS PUBLIC JOINT STOCK COMPANY';
const index = buildNameIndex([
  ...fixtureEntities,
  entity('akbars', listed, 'organization', true, { countries: ['Russia'], names: [{ name: listed, type: 'primary' }, { name: 'AK BARS BANK', type: 'aka' }] }),
  entity('na', 'NA ETOI NEDELE BANK', 'organization', true, { countries: ['Russia'] }),
]);

const marks = (text: string) => scanPage(index, [text])[0].map((m) => `${m.text}:${m.entityId}:${m.status}`);

describe('a two-letter first word of a quoted firm name before lower-case words', () => {
  it('is the firm\'s word («Ак барс банк» for AK BARS BANK)', () => {
    expect(marks('Під санкції Британії потрапили російські банки: Аверсбанк, «Ак барс банк», Фора-банк.')).toEqual(['Ак барс банк:akbars:sanctioned']);
  });

  it('is no name\'s word as a word that begins sentences, nor outside quotes', () => {
    expect(marks('Санкции против России. «На этой неделе банк закрыт», — сказал он.')).toEqual([]);
    expect(marks('Санкции против России: Ак барс банк закрыт.')).toEqual([]);
  });
});

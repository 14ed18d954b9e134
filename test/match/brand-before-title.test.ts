// "Rosneft CEO Igor Sechin": a firm's one word before its head's title and name is the firm, not a word of a name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('rosneft', 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', 'organization', true, { countries: ['Russia'], names: [{ name: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', type: 'primary' }, { name: 'ROSNEFT', type: 'aka' }] }),
  entity('sechin', 'SECHIN, Igor Ivanovich', 'person', true, { countries: ['Russia'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a firm’s brand before its head’s title', () => {
  it('finds "Rosneft" before "CEO Igor Sechin" on a sanctions page that names Russia', () => {
    expect(marks('The UK sanctioned Russian oligarchs on Thursday, among them Rosneft CEO Igor Sechin.')).toContain('Rosneft:rosneft');
  });

  it('still needs the sanctions story, and reads no brand before a capitalised word that is no title', () => {
    expect(marks('Rosneft CEO Igor Sechin met the press in Moscow on Thursday.')).not.toContain('Rosneft:rosneft');
    expect(marks('The UK sanctioned Russian oligarchs on Thursday, among them Rosneft Trading in Geneva.')).not.toContain('Rosneft:rosneft');
  });
});

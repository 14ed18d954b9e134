// A body the lists name with its state's formal name, as the news writes it with the short one ("Law Enforcement
// Forces of Iran" for LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN), and an acronym the page defines after
// the body's name and its own country ("Ministerio del Interior de Cuba (MININT)").
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { nameVariants } from '../../lib/names/variants';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const entities: Entity[] = [
  entity('lef', 'LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN', 'agency', true, { countries: ['Iran'] }),
  entity('minint', 'MINISTRY OF INTERIOR', 'agency', true, { countries: ['Cuba'], names: [{ name: 'MINISTRY OF INTERIOR', type: 'primary' }, { name: 'MINISTERIO DEL INTERIOR', type: 'aka' }] }),
];
const index = buildNameIndex(entities);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a state's short name for its formal one", () => {
  it('is a form of the listed name', () => {
    expect(nameVariants('LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN', 'agency').map((v) => v.tokens.join(' '))).toContain('law enforcement forces of iran');
    expect(nameVariants('BANK OF FOREIGN TRADE OF THE RUSSIAN FEDERATION', 'organization').map((v) => v.tokens.join(' '))).toContain('bank of foreign trade of russia');
    expect(nameVariants('LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN COOPERATIVE FOUNDATION', 'organization').map((v) => v.tokens.join(' '))).not.toContain('law enforcement forces of iran');
  });

  it('is found on the page, and the acronym defined after it', () => {
    expect(marks('Those sanctioned hold ties to the Law Enforcement Forces of Iran (LEF), known for abuses. The LEF denied it.')).toEqual(['Law Enforcement Forces of Iran:lef', 'LEF:lef', 'LEF:lef']);
  });
});

describe('an acronym defined after the name and its own country', () => {
  it('stands for the body', () => {
    expect(marks('OFAC sancionó a una unidad del Ministerio del Interior de Cuba (MININT). El MININT respondió.')).toEqual(['Ministerio del Interior:minint', 'MININT:minint', 'MININT:minint']);
  });

  it('is nothing after another country', () => {
    expect(marks('OFAC sancionó a una unidad del Ministerio del Interior de Venezuela (MPPRIJP). El MPPRIJP respondió.').filter((m) => m.startsWith('MPP'))).toEqual([]);
  });
});

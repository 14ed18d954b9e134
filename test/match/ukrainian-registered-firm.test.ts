import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';
import { entity, fixtureEntities } from './fixtures';

// Cut from the shipped dataset: Russia's VTB, its Kiev subsidiary and BM Bank, which the lists link to VTB.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('ofac-17013', 'VTB BANK PUBLIC JOINT STOCK COMPANY', 'organization', true, { countries: ['Russia'], names: [{ name: 'VTB BANK PUBLIC JOINT STOCK COMPANY', type: 'primary' }, { name: 'VTB BANK PAO', type: 'aka' }, { name: 'VTB BANK PJSC', type: 'aka' }, { name: 'VTB BANK', type: 'aka' }], links: [{ relation: 'linked-to', name: 'BM BANK JSC', id: 'ofac-17017' }] }),
  entity('ofac-17017', 'BM BANK JSC', 'organization', true, { countries: ['Russia', 'Ukraine'], names: [{ name: 'BM BANK JSC', type: 'primary' }, { name: 'PAO BM BANK', type: 'aka' }], links: [{ relation: 'linked-to', name: 'VTB BANK PUBLIC JOINT STOCK COMPANY', id: 'ofac-17013' }] }),
  entity('ofac-cons-18720', 'PJSC VTB BANK (KIEV)', 'organization', true, { countries: ['Ukraine'], names: [{ name: 'PJSC VTB BANK (KIEV)', type: 'primary' }, { name: 'PUBLICHNE AKTSIONERNE TOVARYSTVO VTB BANK', type: 'aka' }, { name: 'VTB BANK, PJSC', type: 'aka' }, { name: 'VTB BANK, PJSC (UKRAINE)', type: 'aka' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a firm's Ukrainian legal form before its name", () => {
  it('names the firm registered in Ukraine, not its Russian parent the block links to (shipped dataset, gazeta.ua)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    // The tuning page where the parent once took 'ПАТ "ВТБ Банк"' (its blocks as the eval reads them).
    const page = readPage(resolve(import.meta.dirname, '../corpus/news/uk-gazetaua-rnbo-russian-banks-pat.txt'));
    const found = scanPage(shipped, page.blocks.map((b) => b.text)).flat();
    expect(found.find((m) => m.text === 'ВТБ Банк')?.entityId).toBe('ofac-cons-18720');
  });

  it('leaves the parent first without the form, and after a Russian one', () => {
    expect(marks('Тоді під них потрапили банки Росії: "ВТБ Банк", "БМ Банк".')).toEqual(['ВТБ Банк:ofac-17013', 'БМ Банк:ofac-17017']);
    expect(marks('Санкции против ПАО «ВТБ Банк» продлены.')).toEqual(['ВТБ Банк:ofac-17013']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const russia = { countries: ['Russia'] };
// Made-up records in the lists' forms: a bank listed with its acronym as a word of its name (OFAC's VTB BANK aka), one
// with the acronym as a weak alias only (VEB), a firm listed with its letters apart (B S COMPANY).
const index = buildNameIndex([
  ...fixtureEntities,
  { ...entity('vtb', 'VTB BANK PUBLIC JOINT STOCK COMPANY', 'organization', true, russia), names: [{ name: 'VTB BANK PUBLIC JOINT STOCK COMPANY', type: 'primary' }, { name: 'VTB BANK', type: 'aka' }] },
  { ...entity('veb', 'VNESHECONOMBANK', 'organization', true, russia), names: [{ name: 'VNESHECONOMBANK', type: 'primary' }, { name: 'VEB', type: 'weak' }] },
  { ...entity('bs', 'BS COMPANY OFFSHORE', 'organization', true, { countries: ['Lebanon'] }), names: [{ name: 'BS COMPANY OFFSHORE', type: 'primary' }, { name: 'B S COMPANY', type: 'aka' }] },
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'فرضت وزارة الخزانة الأمريكية عقوبات على ';

describe('a Latin acronym spelled by the Arabic names of its letters', () => {
  it('reads the letters after a noun of kind as the listed acronym', () => {
    expect(marks('ومن المستهدفين بالعقوبات أندريه كوستين، الرئيس التنفيذي لبنك في.تي.بي، ثاني أكبر بنك في روسيا.')).toContain('في.تي.بي:vtb:sanctioned');
    expect(marks(`${story}بنك (في إي بي) الروسي.`)).toContain('في إي بي:veb:sanctioned');
    expect(marks(`${story}شركة “بي أس” في لبنان.`)).toContain('بي أس:bs:sanctioned');
  });

  it('takes no preposition and pronoun for two letters, nor letters without a noun of kind before them', () => {
    expect(marks(`${story}بنك في أي دولة في روسيا.`)).toEqual([]);
    expect(marks(`${story}أشخاص في إي بي روسيا.`)).toEqual([]);
  });
});

// "IRAN'S MORALITY POLICE" as the news writes it: after the possessive ("Iran's Morality Police") or with an article
// ("the Morality Police"), on a page that names Iran; never another country's morality police.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('gasht', "IRAN'S MORALITY POLICE", 'organization', true, { names: [{ name: "IRAN'S MORALITY POLICE", type: 'primary' }], countries: ['Iran'] }),
  entity('lef', 'LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN', 'organization', true, {
    names: [{ name: 'LAW ENFORCEMENT FORCES OF THE ISLAMIC REPUBLIC OF IRAN', type: 'primary' }, { name: "IRAN'S LAW ENFORCEMENT FORCES", type: 'aka' }],
    countries: ['Iran'],
  }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a listed name after its country\'s possessive', () => {
  it('is found after the possessive and with an article on a page that names the country', () => {
    expect(marks("Protests spread across Iran after Iran's Morality Police detained a woman. The Morality Police deny it.")).toEqual(['Morality Police:gasht', 'Morality Police:gasht']);
  });

  it('is not found where the page names neither the country nor sanctions', () => {
    expect(marks('In Saudi Arabia the Morality Police lost their powers of arrest in 2016.')).toEqual([]);
  });

  it('keeps a longer name of everyday words to its full form, or to the words right after its country\'s possessive', () => {
    expect(marks('In Iran, Law Enforcement Forces were deployed.')).toEqual([]);
    expect(marks("The Morality Police, an element of Iran’s Law Enforcement Forces (LEF), arrests women.")).toEqual(['Morality Police:gasht', 'Law Enforcement Forces:lef', 'LEF:lef']);
    expect(marks("Iran's Law Enforcement Forces were deployed.")).toEqual(['Law Enforcement Forces:lef']);
  });

  it('never takes another country\'s possessive, or a possessive that is not a country\'s, for the listed one', () => {
    expect(marks("Iraq's Law Enforcement Forces were deployed near Basra.")).toEqual([]);
    expect(marks("The governor's Law Enforcement Forces were deployed in Iran.")).toEqual([]);
  });
});

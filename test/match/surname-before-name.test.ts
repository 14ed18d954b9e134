// A surname in a headline or a caption before the full name links forward to it, in Latin and Cyrillic text.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, createPageContext, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('derkach', 'DERKACH, Andrii Leonidovych', 'person', true, { countries: ['Ukraine'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a surname before the full name', () => {
  it('in a headline links to the person the text then names in full', () => {
    expect(marks(['US sanctions Ukrainian lawmaker Derkach', 'The Treasury sanctioned Andrii Derkach, a member of parliament, on Thursday.'])).toEqual([
      'Derkach:derkach:sanctioned',
      'Andrii Derkach:derkach:sanctioned',
    ]);
  });

  it('in a Cyrillic headline, in another grammatical case', () => {
    expect(marks(['США ввели санкції проти депутата Деркача', 'Сполучені Штати запровадили санкції проти народного депутата Андрія Деркача.'])).toEqual([
      'Деркача:derkach:sanctioned',
      'Андрія Деркача:derkach:sanctioned',
    ]);
  });

  it('in a long paragraph of the body does not reach forward', () => {
    const body = 'Derkach, a name many families carry in the region, was on the lips of everyone at the market on Thursday, where traders talked about prices, the weather, the harvest, the roads and the coming holidays for a long while.';
    expect(marks([body, 'The Treasury sanctioned Andrii Derkach, a member of parliament.'])).toEqual(['Andrii Derkach:derkach:sanctioned']);
  });

  it('in the paragraph after a headline that used it alone too, links forward as the headline does', () => {
    const lede = 'Derkach, who has long denied any wrongdoing and called the accusations political, was not reachable for comment on Thursday as lawyers prepared their answers to the charges that were read out in a crowded hall before a long weekend of talks about what comes next.';
    const full = 'The Treasury sanctioned Andrii Derkach, a member of parliament, on Thursday.';
    expect(marks(['Lawmaker Derkach answers his critics', lede, full])).toEqual(['Derkach:derkach:sanctioned', 'Derkach:derkach:sanctioned', 'Andrii Derkach:derkach:sanctioned']);
    // Not without the headline's word, nor further down than the paragraph after it.
    expect(marks(['A lawmaker answers his critics', lede, full])).toEqual(['Andrii Derkach:derkach:sanctioned']);
    expect(marks(['Lawmaker Derkach answers his critics', 'The hall was full.', lede, full])).toEqual(['Derkach:derkach:sanctioned', 'Andrii Derkach:derkach:sanctioned']);
  });

  it("reads a later batch's first block as a paragraph, not a headline: the browser sends a page in batches", () => {
    const lede = 'Derkach, who has long denied any wrongdoing and called the accusations political, was not reachable for comment on Thursday as lawyers prepared their answers to the charges that were read out in a crowded hall before a long weekend of talks about what comes next.';
    const full = 'The Treasury sanctioned Andrii Derkach, a member of parliament, on Thursday.';
    const context = createPageContext();
    const batch = (blocks: string[]) => scanPage(index, blocks, context).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
    expect(batch(['Markets and weather', 'Rain is expected over the weekend in most of the country.'])).toEqual([]);
    // Mid-page, "Lawmaker Derkach ..." is a short paragraph; the long one after it does not repeat a headline's word.
    expect(batch(['Lawmaker Derkach answers his critics', lede, full])).toEqual(['Derkach:derkach:sanctioned', 'Andrii Derkach:derkach:sanctioned']);
  });

  it('links nothing when no full name follows', () => {
    expect(marks(['Derkach wins the regional chess final'])).toEqual([]);
  });
});

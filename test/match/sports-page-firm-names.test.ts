// A listed firm's one-word name is on a sports page as often a team's name («Феникс», a futsal club, not the listed
// firm FENIKS): there it stands only with its legal form or sanctions words near.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('feniks', 'FENIKS', 'organization', true, { countries: ['Russia'] }),
  // A firm whose listed name carries the legal form, so that the index knows "OOO" as one.
  entity('sokol', 'OOO SOKOL', 'organization', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a listed firm's one-word name on a sports page", () => {
  it('is the team of that name', () => {
    const page = [
      'В чемпионате области по мини-футболу определились участники финального турнира.',
      'За тур до окончания сезона путёвки себе гарантировали «Дрим Тим», «Феникс» и «Сокол».',
      'Феникс – Колос – 11:3. Голы: Рогованов-5, Тулинов-3. Судьи И.Гладких, А.Рязанов.',
    ];
    expect(marks(page)).toEqual([]);
  });

  it('is the firm with its legal form, or on a page that tells of sanctions', () => {
    const sports = 'В чемпионате области по футболу после матча тренер и вратарь обсудили турнир.';
    expect(marks([sports, 'Спонсор турнира ООО Феникс выплатил призовые.'])).toEqual(['Феникс:feniks:sanctioned']);
    expect(marks([sports, 'Спонсор турнира ООО «Феникс» выплатил призовые.'])).toEqual(['Феникс:feniks:sanctioned']);
    expect(marks(['Минфин США ввел санкции против компании «Феникс» за поставки электроники в Россию.'])).toEqual(['Феникс:feniks:sanctioned']);
  });
});

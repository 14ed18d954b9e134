// An Arab firm listed as "AL-<name> FOR <trade>" goes by its article and name in the news ("Al-Khobara"), with the
// evidence a brand needs (a sanctions story naming its country); never a name that is a common name or everyday word.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { brandBeforeFor } from '../../lib/names/org-forms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const entities: Entity[] = [entity('khobara', 'AL-KHOBARA FOR ACCOUNTING, AUDITING, AND STUDIES', 'organization', true, { countries: ['Lebanon'] })];
const index = buildNameIndex(entities);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('an Arab firm by its name before "for"', () => {
  it('is the article and the name, never a common name', () => {
    expect(brandBeforeFor(['al', 'khobara', 'for', 'accounting', 'auditing', 'and', 'studies'])).toEqual(['al', 'khobara']);
    expect(brandBeforeFor(['al', 'yasmeen', 'for', 'contracting'])).toBeUndefined();
    expect(brandBeforeFor(['committee', 'for', 'state', 'security'])).toBeUndefined();
  });

  it('is the firm in a sanctions story that names its country, and nowhere else', () => {
    expect(marks('The Treasury sanctioned Hezbollah financiers in Lebanon. The man who led Al-Khobara, a quasi-financial firm, was designated.')).toEqual(['Al-Khobara:khobara']);
    expect(marks('The Al-Khobara band played in Beirut, Lebanon, last night.')).toEqual([]);
  });
});

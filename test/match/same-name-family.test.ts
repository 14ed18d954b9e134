// Two listed people of one name are told apart by the page, or the mark is only possible; but a son named after his
// father, both sanctioned and linked by the list, is sanctioned whichever the page means (the card lists both).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const russian = (id: string, name: string, extra: Partial<Entity> = {}): Entity => entity(id, name, 'person', true, { countries: ['Russia'], ...extra });

// Cut from the shipped dataset: OFAC's ROTENBERG, Boris Romanovich and his son, linked to him.
const family = buildNameIndex([
  russian('boris', 'ROTENBERG, Boris Romanovich'),
  russian('boris-son', 'ROTENBERG, Boris Borisovich', { links: [{ relation: 'linked-to', name: 'ROTENBERG, Boris Romanovich', id: 'boris' }] }),
]);
const strangers = buildNameIndex([russian('boris', 'ROTENBERG, Boris Romanovich'), russian('boris-other', 'ROTENBERG, Boris Borisovich')]);

const page = ['Британія запровадила санкції проти російського олігарха Бориса Ротенберга.'];
const mention = (index: ReturnType<typeof buildNameIndex>) => scanPage(index, page).flat().find((m) => m.text === 'Бориса Ротенберга');

describe('two listed people of one name', () => {
  it('are sanctioned on a sanctions page when the list links them and both are sanctioned', () => {
    expect(mention(family)).toMatchObject({ status: 'sanctioned' });
    expect(mention(family)?.alternatives).toHaveLength(1);
  });

  it('stay possible when the list does not link them', () => {
    expect(mention(strangers)).toMatchObject({ status: 'possible', possibleBecause: 'common-name' });
  });
});

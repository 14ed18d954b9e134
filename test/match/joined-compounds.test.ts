// A firm's name of two words written as one, as Belarusian and Russian firms write themselves ("ГродноХимволокно" for
// GRODNO KHIMVOLOKNO OAO), with the evidence a firm's one word needs.
import { describe, expect, it } from 'vitest';
import { gluedNameWords } from '../../lib/match/joined-compounds';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made-up, shaped as OFAC lists GRODNO KHIMVOLOKNO OAO.
const by = { countries: ['Belarus'] };
const index = buildNameIndex([
  { ...entity('fibre', 'GRODVO KHIMVOLOKNA OAO', 'organization', true, by), names: [{ name: 'GRODVO KHIMVOLOKNA OAO', type: 'primary' as const }, { name: 'JSC GRODVO KHIMVOLOKNA', type: 'aka' as const }] },
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe("a firm's two name words glued", () => {
  it('joins a name of two words of four letters or more, nothing else', () => {
    expect(gluedNameWords(['grodvo', 'khimvolokna'])).toEqual(['grodvokhimvolokna']);
    expect(gluedNameWords(['tmz', 'khimvolokna'])).toBeUndefined();
    expect(gluedNameWords(['grodvo', 'khimvolokna', 'plant'])).toBeUndefined();
  });

  it('is the firm in a sanctions story that names its country', () => {
    expect(marks('В санкционном списке США оказались белорусские гиганты "Белшина", "ГродвоХимволокна" и другие. Беларусь ответила.')).toEqual(['ГродвоХимволокна=fibre']);
  });

  it('is nothing without the story', () => {
    expect(marks('В Беларуси "ГродвоХимволокна" открыл новый цех.')).toEqual([]);
  });
});

// "Not this person" (#20 item 2): remembered per entity and per site, undone from the popup, read back safely.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, notThisPersonOn, parseSettings, withNotThisPerson } from '../lib/settings';

const gq = { id: 'ofac-7221', name: 'GONZALEZ QUIRARTE, Eduardo' };

describe('Not this person', () => {
  it('hides an entity on one site only, and undoes', () => {
    const s = withNotThisPerson(DEFAULT_SETTINGS, 'Sports.Example.com', gq, true);
    expect(notThisPersonOn(s, 'sports.example.com')).toEqual(new Set(['ofac-7221']));
    expect(notThisPersonOn(s, 'news.example.com').size).toBe(0);
    expect(s.notThisPerson).toEqual([{ site: 'sports.example.com', id: 'ofac-7221', name: 'GONZALEZ QUIRARTE, Eduardo' }]);
    expect(notThisPersonOn(withNotThisPerson(s, 'sports.example.com', gq, false), 'sports.example.com').size).toBe(0);
  });

  it('keeps one entry per site and entity when said twice', () => {
    const twice = withNotThisPerson(withNotThisPerson(DEFAULT_SETTINGS, 'a.example', gq, true), 'a.example', gq, true);
    expect(twice.notThisPerson).toHaveLength(1);
  });

  it('stored entries that are not ours are dropped one by one, the others kept', () => {
    const s = parseSettings({
      notThisPerson: [{ site: 'A.example', id: 'x1', name: 'X' }, { site: 'bad host/', id: 'x2', name: 'Y' }, { id: 'x3' }, 'x4', { site: 'a.example', id: 'x1', name: 'X again' }],
      dwellMs: 200,
    });
    expect(s.notThisPerson).toEqual([{ site: 'a.example', id: 'x1', name: 'X' }]);
    expect(s.dwellMs).toBe(200);
    expect(parseSettings({ notThisPerson: 'all' }).notThisPerson).toEqual([]);
  });
});

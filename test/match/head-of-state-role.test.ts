// Only a head of state or government gets the head of state's leeway (a brief name with a common given name is
// still the listed person); the president of a body, a bank or a company is a title, not that office.
import { describe, expect, it } from 'vitest';
import { HEAD_OF_STATE, roleBits, titleBits } from '../../lib/match/context-words';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a listed position that heads a state', () => {
  it('is a president or prime minister of a country, former or not, not of a body', () => {
    for (const p of ['President of the Russian Federation', 'Former President of Ukraine', 'Prime Minister', 'President of Zimbabwe', 'Recognised by the United States as interim president of Venezuela (from January 2019)']) {
      expect(roleBits([p]) & HEAD_OF_STATE, p).toBe(HEAD_OF_STATE);
    }
    for (const p of ['President of the Organization of the Basij of the Oppressed', 'President of Tanchon Commercial Bank', 'Deputy Prime Minister of the Russian Federation', 'Aide to the President of the Russian Federation', 'President, Reach Group', 'President of Venezuela\'s Supreme Court of Justice', 'Vice President of the United States (2017–2021)']) {
      expect(roleBits([p]) & HEAD_OF_STATE, p).toBe(0);
    }
  });

  it('is the Supreme Leader of a state too, not an aide of his office', () => {
    expect(roleBits(['Supreme Leader of Iran']) & HEAD_OF_STATE).toBe(HEAD_OF_STATE);
    expect(roleBits(["Head of Security of Supreme Leader's Office", 'Security Deputy of Supreme Leader']) & HEAD_OF_STATE).toBe(0);
  });

  it('keeps the title for "bank president" either way', () => {
    expect(roleBits(['President of Tanchon Commercial Bank']) & titleBits('president')).not.toBe(0);
  });
});

describe('a brief name with a common given name on a page with no story', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('basij', 'NAQDAVI, Mohammad Reza', 'person', true, { countries: ['Iran'], positions: ['President of the Organization of the Basij of the Oppressed'] }),
    entity('head', 'ZORVANOV, Mohammad Petrovich', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic of Belarus'] }),
    entity('leader', 'KHAVARANI, Ali Husseini', 'person', true, { countries: ['Iran'], positions: ['Supreme Leader of Iran'] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is only possible for the president of a body (a striker of that name is not sanctioned)', () => {
    expect(marks(['The striker Mohammad Naqdavi scored twice for the club on Sunday.'])).toEqual(['Mohammad Naqdavi:basij:possible']);
  });

  it('is still the head of state for a head of state', () => {
    expect(marks(['Mohammad Zorvanov spoke in Minsk on Monday.'])).toEqual(['Mohammad Zorvanov:head:sanctioned']);
  });

  it('is still the Supreme Leader for a Supreme Leader ("a son of Ayatollah Ali Khamenei")', () => {
    expect(marks(['Reports say a son of Ayatollah Ali Khavarani has taken charge.'])).toEqual(['Ali Khavarani:leader:sanctioned']);
  });
});

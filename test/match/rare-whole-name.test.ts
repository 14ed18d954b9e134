// Issue #18: a common given name with a surname that is rare where the person is from makes a rare whole name, the
// listed person without the page's evidence (rare-whole-name.ts); a surname the frequency data holds, or of a shape
// East Slavic surnames take by the thousand, or that another listed person carries, keeps the name common.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a common given name with a rare surname', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('kestelberg', 'KESTELBERG, Viktor Pavlovich', 'person', true, { countries: ['Russia'] }),
    entity('dravnitse', 'DRAVNITSE, Olga Ivanovna', 'person', true, { countries: ['Belarus'] }),
    entity('tretyakov', 'TRETYAKOV, Oleg Petrovich', 'person', true, { countries: ['Russia'] }),
    entity('zolotaryov', 'ZOLOTARYOV, Oleg Petrovich', 'person', true, { countries: ['Russia'] }),
    entity('marchuk', 'PROKHARCHUK, Viktor', 'person', true, { countries: ['Ukraine'] }),
    entity('fenwright', 'FENWRIGHT, Mark Anthony', 'person', true, { countries: ['United Kingdom'] }),
    entity('kessler-a', 'DROBNITZER, Mikhail Borisovich', 'person', true, { countries: ['Russia'] }),
    entity('kessler-b', 'DROBNITZER, Anna Mikhailovna', 'person', true, { countries: ['Russia'] }),
    entity('velkhoi-father', 'VELKHOI, Sergei Kuzhugetovich', 'person', true, { countries: ['Russia'] }),
    entity('velkhoi-daughter', 'VELKHOI, Kseniya Sergeyevna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'VELKHOI, Sergei Kuzhugetovich', id: 'velkhoi-father' }] }),
    entity('velkhoi-wife', 'VELKHOI, Irina Aleksandrovna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'VELKHOI, Sergei Kuzhugetovich', id: 'velkhoi-father' }] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
  const yacht = (name: string) => `The yacht moored in Hamburg last spring belongs to ${name}, the harbour master said.`;

  it('is the listed person on a page with no sanctions words ("Oleg Deripaska" on a page about a yacht)', () => {
    expect(marks([yacht('Viktor Kestelberg')])).toEqual(['Viktor Kestelberg:kestelberg:sanctioned']);
    expect(marks(['На концерте выступила Ольга Дравнице из Минска.'])).toEqual(['Ольга Дравнице:dravnitse:sanctioned']);
  });

  it("is the listed person when the surname's other listed carriers are relatives the lists link to one family", () => {
    // A minister's daughter at a triathlon: "Ксения Шойгу" with her father and mother listed for him.
    expect(marks(['В Красноярск приехала Ксения Велхой, президент федерации.'])).toEqual(['Ксения Велхой:velkhoi-daughter:sanctioned']);
  });

  it('stays common with a surname among the 500 commonest in Russia, or of a frequent East Slavic shape', () => {
    expect(marks([yacht('Oleg Tretyakov')])).toEqual(['Oleg Tretyakov:tretyakov:possible']);
    // -ov past the 500 ("Александру Толмачеву", a schoolboy), Ukrainian -chuk: no table reaches them.
    expect(marks([yacht('Oleg Zolotaryov')])).toEqual(['Oleg Zolotaryov:zolotaryov:possible']);
    expect(marks([yacht('Viktor Prokharchuk')])).toEqual(['Viktor Prokharchuk:marchuk:possible']);
  });

  it('stays common where the data is thin (a person of no East Slavic country), or the surname is two listed people\'s', () => {
    expect(marks([yacht('Mark Fenwright')])).toEqual(['Mark Fenwright:fenwright:possible']);
    expect(marks([yacht('Mikhail Drobnitzer')])).toEqual(['Mikhail Drobnitzer:kessler-a:possible']);
  });

  it('stays common on a sports page, where namesakes abound', () => {
    const sports = 'The Russian football league, the hockey championship and the coach of the national team met the players after the match. ';
    expect(marks([sports + 'The striker Viktor Kestelberg scored twice.'])).toEqual(['Viktor Kestelberg:kestelberg:possible']);
  });
});

// The lists give 447 Duma deputies and 169 senators a position with no title word in it ("Member of the State Duma of
// the Federal Assembly of the Russian Federation", "Member of the Federation Council ..."), while news names them by
// one: "депутат Госдумы", "депутату", Ukrainian "депутата Держдуми", "сенатор". The title is then the evidence a
// common name needs, as "Governor" is for a listed governor (context-words.ts roleBits).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a Duma deputy\'s or a senator\'s title before the name', () => {
  const duma = 'Member of the State Duma of the Federal Assembly of the Russian Federation';
  const council = 'Member of the Federation Council of the Federal Assembly of the Russian Federation';
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('deputy', 'MALDANOV, Denis Ivanovich', 'person', true, { countries: ['Russia'], positions: [duma] }),
    entity('senator', 'GOLOVANETS, Olga Yuryevna', 'person', true, { countries: ['Russia'], positions: [council] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed deputy, in Russian and Ukrainian and in the dative', () => {
    expect(marks(['Суд вынес приговор: депутат Госдумы Денис Малданов получил 15 лет.'])).toEqual(['Денис Малданов:deputy:sanctioned']);
    expect(marks(['Суд назначил депутату Денису Малданову на год меньше.'])).toEqual(['Денису Малданову:deputy:sanctioned']);
    expect(marks(['Скабєєва підтримала ідею депутата Держдуми Дениса Малданова.'])).toEqual(['Дениса Малданова:deputy:sanctioned']);
  });

  it('is the listed senator', () => {
    expect(marks(['На заседании выступила сенатор Ольга Голованец.'])).toEqual(['Ольга Голованец:senator:sanctioned']);
  });

  it('is only possible without the title: a singer of the same name is no deputy', () => {
    expect(marks(['На концерте выступил певец Денис Малданов.'])).toEqual(['Денис Малданов:deputy:possible']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Two cartels as OFAC writes them (ofac-11440, ofac-17671), names only.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('sinaloa', 'SINALOA CARTEL', 'organization', true, { names: [{ name: 'SINALOA CARTEL', type: 'primary' }, { name: 'CARTEL DE SINALOA', type: 'aka' }] }),
  entity('evin', 'EVIN PRISON', 'organization', true, { countries: ['Iran'] }),
  entity('sednaya', 'SAYDNAYA MILITARY PRISON', 'organization', true, { countries: ['Syria'], names: [{ name: 'SAYDNAYA MILITARY PRISON', type: 'primary' }, { name: 'SEDNAYA PRISON', type: 'aka' }] }),
  entity('tasnim', 'TASNIMA NEWS AGENCY', 'organization', true, { countries: ['Iran'] }),
  entity('newsfront', 'NEWS FRONTA', 'organization', true, { countries: ['Russia'] }),
  entity('kaniyat', 'KANIYATA MILITIA', 'organization', true, { countries: ['Libya'] }),
  entity('cjng', 'CARTEL DE JALISCO NUEVA GENERACION', 'organization', true, { names: [{ name: 'CARTEL DE JALISCO NUEVA GENERACION', type: 'primary' }, { name: 'JALISCO NEW GENERATION CARTEL', type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('generic heads of organisations in lower case', () => {
  it('finds a cartel named with "cartel" in lower case before or after the name', () => {
    expect(found('Members of the Sinaloa cartel were arrested.')).toEqual(['Sinaloa cartel=sinaloa']);
    expect(found('Detuvieron a miembros del cártel de Sinaloa.')).toEqual(['cártel de Sinaloa=sinaloa']);
    expect(found('el cártel Jalisco Nueva Generación y el Jalisco New Generation cartel')).toEqual([
      'cártel Jalisco Nueva Generación=cjng',
      'Jalisco New Generation cartel=cjng',
    ]);
  });

  it('never takes the head alone, in lower case throughout, or before another name', () => {
    expect(found('a cartel of oil producers; el cártel de sinaloa en minúsculas')).toEqual([]);
    expect(found('The cartel Guadalajara police fought is gone.')).toEqual([]);
    expect(found('Un cartel de Nueva York anunciaba el concierto.')).toEqual([]);
  });

  it('finds a listed prison with "prison" in lower case (sentences from chinadaily.com.cn and the news on Syria)', () => {
    expect(found("Authorities had transferred him to Tehran's Evin prison.")).toEqual(['Evin prison=evin']);
    expect(found('He was held in Sednaya prison near Damascus.')).toEqual(['Sednaya prison=sednaya']);
    expect(found('He visited a prison in Texas; the prison Evin guards run is closed.')).toEqual([]);
  });

  it('finds a news agency with "news agency" in lower case (a sentence from chinadaily.com.cn), never a head alone', () => {
    expect(found("TEHRAN — Iran's semi-official Tasnima news agency is reporting that he began his term.")).toEqual(['Tasnima news agency=tasnim']);
    expect(found('The Tasnima News Agency said so.')).toEqual(['Tasnima News Agency=tasnim']);
    expect(found('On the news fronta, the news agency said nothing.')).toEqual([]);
  });

  it('finds a listed militia with "militia" in lower case (a sentence from almarsad.co), never the head alone', () => {
    expect(found('The Treasury Department sanctioned the Kaniyata militia and its leader.')).toEqual(['Treasury Department=curated-us-treasury', 'Kaniyata militia=kaniyat']);
    expect(found('A militia attacked the town; the militia Kaniyata fought was routed.')).toEqual([]);
  });
});

// One real record (OFAC SDN 22790) in the dataset format, for the tests of the line format and the record stream.
import type { Entity } from '../../lib/dataset/format';

export const maduro: Entity = {
  id: 'ofac-22790', kind: 'person', name: 'MADURO MOROS, Nicolas',
  names: [{ name: 'MADURO MOROS, Nicolas', type: 'primary' }],
  birthDates: ['1962-11-23'], birthPlaces: [], nationalities: ['Venezuela'], countries: [], positions: [],
  identifiers: [], sources: [{ list: 'us-ofac-sdn', ref: '22790' }],
  sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'VENEZUELA', status: 'active' }],
  events: [{ date: '2021-12-02T08:00Z', after: '2021-11-23T08:00Z', precision: 'between', type: 'program-changed', authority: 'US OFAC', summary: 'x' }],
};

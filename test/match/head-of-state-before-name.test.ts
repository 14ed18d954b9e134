// "el magnate ruso cercano a Putin Viktor Vekselberg": a listed head of state's surname right before a given name and
// surname is the head of state's, and the name after it is the listed person's (front-run-on.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe("a head of state's surname run into a full name", () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('putin', 'PUTIN, Vladimir Vladimirovich', 'person', true, { countries: ['Russia'], positions: ['President of the Russian Federation'] }),
    entity('vekselberg', 'VEKSELBERG, Viktor Feliksovich', 'person', true, { countries: ['Russia'] }),
    // Six listed Viktors make Viktor a given name the lists carry first.
    ...['KOLOSOV', 'SMIRNOV', 'ORLOV', 'BELOV', 'GROMOV', 'ZUEV'].map((surname, k) => entity(`viktor-${k}`, `${surname}, Viktor`, 'person', true, { countries: ['Russia'] })),
  ]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('marks the full name after the surname', () => {
    expect(marks('Propiedad del magnate ruso cercano a Putin Viktor Vekselberg, mientras la UE cierra sanciones a Rusia.')).toContain('Viktor Vekselberg:vekselberg:sanctioned');
  });

  it("reads another listed person's surname before the name as part of a longer name, as before", () => {
    expect(marks('El magnate ruso Orlov Viktor Vekselberg, mientras la UE cierra sanciones a Rusia.').filter((m) => m.includes('vekselberg'))).toEqual([]);
  });
});

// A card's title is the name as people write it, from the list's form and the entity's other forms.
import { describe, expect, it } from 'vitest';
import type { Entity, EntityName } from '../../lib/dataset/format';
import { readableName, sameWords } from '../../lib/names/readable';

const named = (kind: Entity['kind'], name: string, ...others: string[]) => ({
  kind, name, names: [{ name, type: 'primary' }, ...others.map((n) => ({ name: n, type: 'aka' }))] as EntityName[],
});

describe('readable names', () => {
  it('restores the order and ordinary capitals of a person, with accents from another form', () => {
    expect(readableName(named('person', 'MADURO MOROS, Nicolas', 'Nicolás Maduro Moros'))).toBe('Nicolás Maduro Moros');
    expect(readableName(named('person', 'MORENO PEREZ, Maikel Jose', 'Maikel José MORENO PÉREZ'))).toBe('Maikel José Moreno Pérez');
    expect(readableName(named('person', 'CABELLO RONDON, Diosdado', 'Diosdado CABELLO RONDÓN'))).toBe('Diosdado Cabello Rondón');
  });

  it('adds no accent no form has, and keeps particles in lower case', () => {
    expect(readableName(named('person', 'SAAB HALABI, Tarek William'))).toBe('Tarek William Saab Halabi');
    expect(readableName(named('person', 'DELGADO ROSALES, Arcadio de Jesus'))).toBe('Arcadio de Jesus Delgado Rosales');
    expect(readableName(named('person', 'AL-TIKRITI, Thoraya Barzan'))).toBe('Thoraya Barzan Al-Tikriti');
  });

  it('leaves an accent two forms write differently as the list writes it', () => {
    expect(readableName(named('person', 'PEREZ, Jose', 'José PÉREZ', 'Jose PÈREZ'))).toBe('José Perez');
  });

  it("keeps an organisation's order, its legal form, acronyms and its own short name in capitals", () => {
    expect(readableName(named('organization', 'PETROLEOS DE VENEZUELA, S.A.', 'PDVSA', 'Petróleos de Venezuela, S.A.'))).toBe('Petróleos de Venezuela, S.A.');
    expect(readableName(named('organization', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE'))).toBe('Islamic Revolutionary Guard Corps (IRGC)-Qods Force');
    expect(readableName(named('agency', 'GENERAL DIRECTORATE OF MILITARY COUNTERINTELLIGENCE'))).toBe('General Directorate of Military Counterintelligence');
    expect(readableName(named('organization', 'MEGA GEMS PTY LTD'))).toBe('Mega Gems Pty LTD');
  });

  it('leaves a name people already write as it is, and a vessel\'s name as the list has it', () => {
    expect(readableName(named('person', 'Juan Guaidó'))).toBe('Juan Guaidó');
    expect(readableName(named('vessel', 'JIN TAI'))).toBe('JIN TAI');
  });

  it('tells a form that only differs in accents, case, punctuation or order from another name', () => {
    expect(sameWords('PETROLEOS DE VENEZUELA S A', 'Petróleos de Venezuela, S.A.')).toBe(true);
    expect(sameWords('Maikel José MORENO PÉREZ', 'MORENO PEREZ, Maikel Jose')).toBe(true);
    expect(sameWords('PDVSA', 'Petróleos de Venezuela, S.A.')).toBe(false);
  });
});

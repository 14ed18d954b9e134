// Which OFAC programs carry the designations of each UN Security Council sanctions regime: the United States
// implements the UN's regimes through its own programs (the 1267 Al-Qaida and Taliban lists through SDGT, the DPRK
// and Iran proliferation designations through NPWMD and the country programs, Iraq's former regime through IRAQ2).
// The whole-name merge takes a program on both lists as evidence where a birth year is missing (cross-list.ts).

const OFAC_PROGRAMS_OF_UN_REGIME: Record<string, readonly string[]> = {
  'Al-Qaida': ['SDGT'],
  Taliban: ['SDGT'],
  CAR: ['CAR'],
  DPRK: ['DPRK', 'DPRK2', 'DPRK3', 'DPRK4', 'NPWMD'],
  DRC: ['DRCONGO'],
  Iran: ['IRAN', 'IFSR', 'IRGC', 'NPWMD'],
  Iraq: ['IRAQ2', 'IRAQ3'],
  Libya: ['LIBYA2', 'LIBYA3'],
  Somalia: ['SOMALIA'],
  SouthSudan: ['SOUTH SUDAN'],
  Sudan: ['DARFUR', 'SUDAN-EO14098'],
  Yemen: ['YEMEN'],
};

/** Whether an OFAC program carries designations of the UN regime `unProgram` (its UN_LIST_TYPE, "Yemen"). */
export function ofacCarriesUnRegime(unProgram: string, ofacProgram: string): boolean {
  return OFAC_PROGRAMS_OF_UN_REGIME[unProgram]?.includes(ofacProgram) ?? false;
}

// A country's central bank as Arabic news names it, for the central banks the lists give in English only (CENTRAL BANK
// OF SYRIA; BANK MARKAZI JOMHOURI ISLAMI IRAN, alias CENTRAL BANK OF IRAN; CENTRAL BANK OF THE RUSSIAN FEDERATION):
// "the Iranian central bank" (البنك المركزي الإيراني), "the central bank of Iran" (البنك المركزي في إيران, لإيران),
// and the banks' own Arabic form, "Syria's central bank" (مصرف سورية المركزي), with بنك or مصرف, the two words
// Arabic has for a bank. A country has one central bank, so the translation names the listed body as its English
// name does; added to the index as aliases (build-name-index.ts).
import type { Entity } from '../dataset/format';
import { arabicCountry } from './context-words-arabic';
import { countryCode } from './context-words';

const CENTRAL_BANK = /^(?:THE )?CENTRAL BANK OF (?:THE )?/i;

/** The Arabic names of a listed central bank of a country the Arabic country table knows; none for another body. */
export function arabicCentralBankNames(entity: Entity): string[] {
  if (entity.kind !== 'organization' || !entity.names.some((n) => n.type !== 'weak' && CENTRAL_BANK.test(n.name))) return [];
  const codes = new Set(entity.countries.map(countryCode));
  if (codes.size !== 1) return [];
  const [code] = codes;
  const country = code ? arabicCountry(code) : undefined;
  if (!country) return [];
  const out: string[] = [];
  for (const bank of ['البنك', 'المصرف']) {
    out.push(`${bank} المركزي ال${country.nisba}`);
    for (const name of country.names) out.push(`${bank} المركزي في ${name}`, `${bank} المركزي ل${name}`);
  }
  for (const bank of ['بنك', 'مصرف']) for (const name of country.names) out.push(`${bank} ${name} المركزي`);
  return out;
}

// An identifier's type (the lists' own English words: "Passport", "Tax ID", "Digital Currency Address - XBT") in the
// reader's language, for the commonest types of the shipped dataset. Acronyms and national names of documents ("NIT",
// "C.U.R.P.", "Cedula", "RUC", "MMSI") are written as the list does; a type not known here is the list's English
// words, and the card marks it so (undefined here).
import type { MessageKey, Translate } from './index';

const KEYS: Record<string, MessageKey> = {
  'tax id': 'id_taxId',
  'registration number': 'id_registrationNumber',
  passport: 'id_passport',
  'national id': 'id_nationalId',
  'national identification number': 'id_nationalId',
  website: 'id_website',
  'vessel registration identification': 'id_vesselRegistration',
  'government gazette number': 'id_governmentGazette',
  'registration id': 'id_registrationId',
  'email address': 'id_email',
  'identification number': 'id_identificationNumber',
  "aircraft manufacturer's serial number (msn)": 'id_aircraftMsn',
  'call sign': 'id_callSign',
  'company number': 'id_companyNumber',
  'aircraft tail number': 'id_aircraftTail',
  'commercial registry number': 'id_commercialRegistry',
  license: 'id_license',
  'v.a.t. number': 'id_vat',
  'trade license': 'id_tradeLicense',
  'phone number': 'id_phone',
  telephone: 'id_phone',
  "driver's license": 'id_driversLicense',
  'birth certificate number': 'id_birthCertificate',
};

/** Written as the lists write them in every language: acronyms and documents' own names. */
const AS_WRITTEN = /^(NIT|RUC|SSN|MMSI|SWIFT\/BIC|C\.U\.R\.P\.|R\.F\.C\.|C\.R\.|D\.N\.I\.|Cedula|Folio Mercantil|Matricula Mercantil|Número de pasaporte|Numéro de passeport)$/;

/** The type in the reader's language, or undefined when only the list's English words can be shown. */
export function identifierType(type: string, t: Translate): string | undefined {
  const written = type.replace(/\s+/g, ' ').trim();
  if (AS_WRITTEN.test(written)) return written;
  const currency = /^Digital Currency Address - (\w+)$/.exec(written);
  if (currency) return t('id_digitalCurrency', currency[1]);
  const key = KEYS[written.toLowerCase()];
  return key ? t(key) : undefined;
}

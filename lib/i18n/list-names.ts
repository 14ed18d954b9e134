// A list's name in the reader's language: inside a sentence ("the OFAC SDN list") or as a label ("OFAC SDN list").
import type { MessageKey, Translate } from './index';

const IN_SENTENCE: Record<string, MessageKey> = {
  'us-ofac-sdn': 'list_us_ofac_sdn',
  'us-ofac-cons': 'list_us_ofac_cons',
  'un-sc-consolidated': 'list_un_sc',
  'eu-fsf': 'list_eu_fsf',
  'eu-2017-2063': 'list_eu_ven',
  'gb-fcdo-sanctions': 'list_gb_fcdo',
  'ca-sema': 'list_ca_sema',
  'sanctions-lens-curated': 'list_curated',
};

const LABEL: Record<string, MessageKey> = {
  'us-ofac-sdn': 'listLabel_us_ofac_sdn',
  'us-ofac-cons': 'listLabel_us_ofac_cons',
  'un-sc-consolidated': 'listLabel_un_sc',
  'eu-fsf': 'listLabel_eu_fsf',
  'eu-2017-2063': 'listLabel_eu_ven',
  'gb-fcdo-sanctions': 'listLabel_gb_fcdo',
  'ca-sema': 'listLabel_ca_sema',
};

/** "the OFAC SDN list", or the list's id for a list with no words yet. */
export function listWords(list: string | undefined, t: Translate): string {
  const key = list ? IN_SENTENCE[list] : undefined;
  return key ? t(key) : (list ?? '');
}

/** "OFAC SDN list", or the list's id for a list with no words yet. */
export function listLabel(list: string, t: Translate): string {
  const key = LABEL[list];
  return key ? t(key) : list;
}

/** The authority behind each list, in the reader's language; a list not named here keeps the record's own words. */
const AUTHORITY: { prefix: string; key: MessageKey }[] = [
  { prefix: 'us-ofac', key: 'authority_us_ofac' },
  { prefix: 'un-', key: 'authority_un' },
  { prefix: 'eu-', key: 'authority_eu' },
  { prefix: 'gb-', key: 'authority_uk' },
  { prefix: 'ca-', key: 'authority_ca' },
];

/** "US OFAC", "Consejo de Seguridad de la ONU": who imposed the sanctions of `list`. */
export function authorityLabel(list: string, authority: string, t: Translate): string {
  const a = AUTHORITY.find((x) => list.startsWith(x.prefix));
  return a ? t(a.key) : authority;
}

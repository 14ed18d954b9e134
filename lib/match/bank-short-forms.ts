// Russian news calls a bank named in one word ending in "bank" by the word without it once the story has named it
// ("Сбербанка", then "Сберу": SBERBANK, the brand the bank itself now uses): the index holds that short form as a
// name valid only after the page named the bank in full (OUT_AFTER_POSSESSIVE, precision.ts), with a brand's
// evidence. Only a bank of Russia, Belarus or Ukraine, and a short form of four letters or more.

const BANK = 'bank';

/** The short form of a one-word bank name ("sberbank": "sber"), or undefined. */
export function bankShortForm(tokens: readonly string[]): string | undefined {
  if (tokens.length !== 1) return undefined;
  const t = tokens[0];
  return t.length >= BANK.length + 4 && t.endsWith(BANK) ? t.slice(0, -BANK.length) : undefined;
}

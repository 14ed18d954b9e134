// The publishers' ids: a leaf module, so the message protocol (and with it the content script) does not pull in the
// sources' readers.
export const PUBLISHER_IDS = ['ofac-sdn', 'ofac-cons', 'un', 'eu', 'uk'] as const;
export type PublisherId = (typeof PUBLISHER_IDS)[number];

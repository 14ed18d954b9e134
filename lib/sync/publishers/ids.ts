// The publishers' ids alone, a leaf module: the message protocol checks them, and the content script, which imports the
// protocol, must not pull in the publishers' readers (saxes' XML character tables are not text Chromium accepts in a
// content script: "It isn't UTF-8 encoded", and the extension does not load).
export const PUBLISHER_IDS = ['ofac-sdn', 'ofac-cons', 'un', 'eu', 'uk'] as const;
export type PublisherId = (typeof PUBLISHER_IDS)[number];

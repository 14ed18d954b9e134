import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from '@/lib/i18n';
import { safeHref } from '@/utils/urls';

/** A link only when the address is http(s); anything else (javascript:, data:) renders as plain text. */
export function SafeLink({ href, children }: { href?: string; children: ComponentChildren }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Publishers a card links to, by host (and path), named as a reader would cite them. */
const PUBLISHERS: { test: (u: URL) => boolean; key: MessageKey }[] = [
  { test: (u) => u.hostname === 'sanctionssearch.ofac.treas.gov' || u.hostname === 'ofac.treasury.gov', key: 'card_linkOfac' },
  { test: (u) => u.hostname === 'home.treasury.gov' && u.pathname.startsWith('/news/press-releases/'), key: 'card_linkTreasury' },
  { test: (u) => u.hostname === 'eur-lex.europa.eu', key: 'card_linkEurLex' },
  { test: (u) => u.hostname === 'main.un.org' || u.hostname === 'www.un.org' || u.hostname === 'scsanctions.un.org', key: 'card_linkUn' },
  { test: (u) => u.hostname === 'www.international.gc.ca', key: 'card_linkCanada' },
  { test: (u) => u.hostname === 'www.gov.uk' || u.hostname === 'sanctionslist.fcdo.gov.uk', key: 'card_linkUk' },
  { test: (u) => u.hostname.endsWith('.wikipedia.org'), key: 'card_linkWikipedia' },
];

/**
 * A source link's words: the publisher's name ("OFAC", "EUR-Lex", "U.S. Treasury press release"), or where it leads
 * ("source: github.com") for any other site, so a card's links can be told apart and cited.
 */
export function sourceWords(url: string | undefined, t: Translate): string {
  const safe = safeHref(url);
  if (!safe) return t('card_source');
  const u = new URL(safe);
  const publisher = PUBLISHERS.find((p) => p.test(u));
  return publisher ? t(publisher.key) : t('card_sourceAt', u.hostname.replace(/^www\./, ''));
}

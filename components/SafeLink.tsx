import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';
import { safeHref, siteOf } from '@/utils/urls';

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

/** A source link's words: where it leads ("source: ofac.treasury.gov"), so a card's links can be told apart. */
export function sourceWords(url: string | undefined, t: Translate): string {
  const host = siteOf(url)?.replace(/^www\./, '');
  return host ? t('card_sourceAt', host) : t('card_source');
}

import type { ComponentChildren } from 'preact';
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

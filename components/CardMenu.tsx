// The card's small menu: "Not this person", "Turn off on this site", "Settings". It runs inside a news page, whose
// scripts can reach an open shadow root and call click() on our buttons: every button acts only on events the
// browser marks as the reader's own (event.isTrusted). A disclosure button, so Tab and Enter reach every item.
import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';

export interface CardMenuActions {
  onNotThisPerson: () => void;
  onSiteOff: () => void;
  onSettings: () => void;
}

/** A click handler that ignores clicks a script made (element.click(), dispatchEvent). */
export function trustedOnly(action: () => void): (e: Event) => void {
  return (e) => {
    if (!e.isTrusted) return;
    action();
  };
}

export function CardMenu({ onNotThisPerson, onSiteOff, onSettings, t = english }: CardMenuActions & { t?: Translate }) {
  const [open, setOpen] = useState(false);
  const items: [string, string, () => void][] = [
    ['not-this-person', t('menu_notThisPerson'), onNotThisPerson],
    ['site-off', t('menu_siteOff'), onSiteOff],
    ['settings', t('menu_settings'), onSettings],
  ];
  return (
    <div class="sl-menu">
      <button type="button" class="sl-menu-button" aria-expanded={open} aria-controls="sl-menu-items" aria-label={t('menu_button')} title={t('menu_button')} onClick={trustedOnly(() => setOpen(!open))}>
        ⋯
      </button>
      {open && (
        <ul id="sl-menu-items" class="sl-menu-items">
          {items.map(([id, label, action]) => (
            <li key={id}>
              <button
                type="button"
                data-action={id}
                onClick={trustedOnly(() => {
                  // The card can stay open after an action (back on the mark's own card): the menu closes anyway.
                  setOpen(false);
                  action();
                })}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

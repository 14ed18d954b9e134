// The interface's words in the browser's language (public/_locales), for the card, the name list and the popup.
import { browser } from 'wxt/browser';
import { translator } from '@/lib/i18n';

export const t = translator((key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs));

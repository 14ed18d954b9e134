// The interface's words in the browser's language (public/_locales), for the card, the name list and the popup.
import { browser } from 'wxt/browser';
import { translator } from '@/lib/i18n';

export const t = translator((key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs));

/**
 * The language the catalog in use is written in (en-GB, es), for the `lang` of our pages and of the card and the name
 * list inside a page, which otherwise take the page's: a Spanish card on a Russian page was read out as Russian. Not
 * the browser's UI language, which can be one we have no catalog for (fr: the words fall back to English).
 */
export const uiLanguage = (): string => t('dateLocale');

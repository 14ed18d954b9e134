import { cachedSearchIndex, indexRefresh } from './index-read';
import { render } from 'preact';
import '@/components/card.css';
import '@/components/pages.css';
import { Popup } from '@/components/Popup';
import type { PageMention } from '@/components/OnThisPage';
import { browser } from 'wxt/browser';
import { createClient, type ToBackground, type ToContent } from '@/lib/protocol';
import { answeringSearchesLocally } from '@/lib/search/local-answers';
import { queryFromSearch } from '@/lib/search/selection-query';
import { loadSettings, updateSettings } from '@/utils/settings-store';
import { t, uiLanguage } from '@/utils/translate';
import { siteOf } from '@/utils/urls';
import { markSettings } from './marks-settings';

// Searches from the index the worker cached, read by the popup itself (./index-read.ts, imported first): a stopped
// worker would first have to start and read it itself (lib/search/local-answers.ts). Everything else, and every search
// while no index is cached, goes to it. A sync while the popup stays open is seen within DATASET_CHECK_MS.
const background = answeringSearchesLocally(createClient<ToBackground>((m) => browser.runtime.sendMessage(m)), cachedSearchIndex, indexRefresh);
// The catalog's own locale, as the options page uses: the browser's UI language can be another variant (es-419 groups
// thousands as English does), which put "17,785 entradas" beside "2 jul 2024".
const locale = uiLanguage();
document.documentElement.lang = locale;

/**
 * The tab the popup describes: the active one, or the one named by `?tab=<id>`, which the end-to-end tests use
 * because they open popup.html as a tab of its own. The address is known only with activeTab (a toolbar click).
 */
async function describedTab(): Promise<{ id: number; url?: string } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named);
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function pageMentions(tabId: number | undefined): Promise<PageMention[] | null> {
  if (tabId === undefined) return null;
  try {
    return (await createClient<ToContent>((m) => browser.tabs.sendMessage(tabId, m))('pageMentions', {})).mentions;
  } catch {
    return null; // no content script on this tab (a browser page, or the tab predates the install)
  }
}

async function start() {
  const tab = await describedTab().catch(() => null);
  const marks = markSettings({ load: loadSettings, update: updateSettings }, siteOf(tab?.url));
  // The publishers' hosts, asked for from the click on the offer of updates.
  const requestHosts = (origins: string[]) => browser.permissions.request({ origins });
  render(<Popup background={background} loadShortcuts={() => browser.commands.getAll()} pageMentions={() => pageMentions(tab?.id)} marks={marks} t={t} locale={locale} requestHosts={requestHosts} initialQuery={queryFromSearch(location.search)} />, document.getElementById('app')!);
}

void start();

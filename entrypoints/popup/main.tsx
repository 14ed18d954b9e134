import { render } from 'preact';
import '@/components/card.css';
import '@/components/pages.css';
import { Popup } from '@/components/Popup';
import { browser } from 'wxt/browser';
import { createClient, type ToBackground, type ToContent } from '@/lib/protocol';

const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));

async function pageMentions() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const tabId = tab.id;
  try {
    return (await createClient<ToContent>((m) => browser.tabs.sendMessage(tabId, m))('pageMentions', {})).mentions;
  } catch {
    return null; // no content script on this tab (a browser page, or the tab predates the install)
  }
}

render(<Popup background={background} pageMentions={pageMentions} />, document.getElementById('app')!);

import { render } from 'preact';
import '@/components/pages.css';
import { Options } from '@/components/Options';
import { browser } from 'wxt/browser';
import { createClient, type ToBackground } from '@/lib/protocol';
import { originPattern } from '@/lib/sync/origin';
import { loadSettings, updateSettings } from '@/utils/settings-store';
import { t, uiLanguage } from '@/utils/translate';

const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
// Only the Dataset URL's origin is asked for; the request must come from the click that saves it.
const requestOrigin = (url: string) => browser.permissions.request({ origins: [originPattern(url)] });
// The publishers' hosts, exactly those of the sources being turned on, asked for from the click that turns them on.
const requestHosts = (origins: string[]) => browser.permissions.request({ origins });
document.documentElement.lang = uiLanguage();
render(
  <Options background={background} requestOrigin={requestOrigin} requestHosts={requestHosts} marks={{ load: loadSettings, update: updateSettings }} loadShortcuts={() => browser.commands.getAll()} t={t} />,
  document.getElementById('app')!,
);

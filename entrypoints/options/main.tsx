import { render } from 'preact';
import '@/components/pages.css';
import { Options } from '@/components/Options';
import { browser } from 'wxt/browser';
import { createClient, type ToBackground } from '@/lib/protocol';
import { originPattern } from '@/lib/sync/origin';
import { loadSettings, updateSettings } from '@/utils/settings-store';

const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
// Only the Dataset URL's origin is asked for; the request must come from the click that saves it.
const requestOrigin = (url: string) => browser.permissions.request({ origins: [originPattern(url)] });
render(<Options background={background} requestOrigin={requestOrigin} marks={{ load: loadSettings, update: updateSettings }} />, document.getElementById('app')!);

// Finds a system Firefox for the Firefox checks (installing Debian's firefox-esr when none is there and apt is
// usable). puppeteer-core drives it over WebDriver BiDi and installs the built add-on; no tool downloads a browser.
import { existsSync } from 'node:fs';
import { aptInstall, onPath } from './chromium';

const HOW_TO = 'Install Firefox 140 or newer (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX=/path/to/firefox.';

export function findFirefox(): string | undefined {
  const env = process.env.FIREFOX;
  if (env) {
    if (!existsSync(env)) throw new Error(`FIREFOX is set to ${env}, which does not exist. ${HOW_TO}`);
    return env;
  }
  for (const name of ['firefox-esr', 'firefox']) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

export function ensureFirefox(log: (line: string) => void = console.log): string {
  const found = findFirefox();
  if (found) return found;
  aptInstall('firefox-esr', HOW_TO, log);
  const installed = findFirefox();
  if (!installed) throw new Error(`apt-get installed firefox-esr, but no binary was found afterwards. ${HOW_TO}`);
  return installed;
}

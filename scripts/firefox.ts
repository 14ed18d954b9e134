// Finds a system Firefox for the Firefox checks (installing Debian's firefox-esr when none is there and apt is
// usable). puppeteer-core drives it over WebDriver BiDi and installs the built add-on; no tool downloads a browser.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * Makes `locale` (e.g. "es-ES") one of Firefox's UI languages: Debian ships each as a language pack package
 * (firefox-esr-l10n-es-es) that drops a langpack-<locale>@….xpi beside the browser, where every
 * profile finds it. Installed with apt like the browser itself when it is missing; a Firefox not from Debian needs
 * the language pack from addons.mozilla.org instead.
 */
export function ensureFirefoxLanguage(executable: string, locale: string, log: (line: string) => void = console.log): void {
  if (hasLanguagePack(executable, locale)) return;
  aptInstall(`firefox-esr-l10n-${locale.toLowerCase()}`, `Install Firefox's ${locale} language pack (Debian: \`sudo apt-get install firefox-esr-l10n-${locale.toLowerCase()}\`).`, log);
  if (!hasLanguagePack(executable, locale)) throw new Error(`apt-get installed the ${locale} language pack, but ${executable} has no langpack-${locale} afterwards.`);
}

function hasLanguagePack(executable: string, locale: string): boolean {
  // Debian names it langpack-es-ES@firefox-esr.mozilla.org.xpi, Mozilla's builds langpack-es-ES@firefox.mozilla.org.xpi.
  const home = dirname(realpathSync(executable));
  return ['browser/extensions', 'distribution/extensions', 'extensions'].some((dir) => {
    const full = join(home, dir);
    return existsSync(full) && readdirSync(full).some((f) => f.startsWith(`langpack-${locale}@`) && f.endsWith('.xpi'));
  });
}

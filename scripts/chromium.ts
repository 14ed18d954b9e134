// Finds a system Chromium (installing Debian's package when none is there and apt is usable) and starts it
// with the built extension loaded. No tool here downloads a browser of its own.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HOW_TO = 'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM=/path/to/chromium. Google-branded Chrome 137+ ignores --load-extension, so use Chromium.';

export function onPath(name: string): string | undefined {
  try {
    const out = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const env = process.env.CHROMIUM;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM is set to ${env}, which does not exist. ${HOW_TO}`);
    return env;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Installs a Debian package with apt-get (as root, or through password-less sudo). Throws, with `howTo`, when apt
 * cannot be used here.
 */
export function aptInstall(pkg: string, howTo: string, log: (line: string) => void = console.log): void {
  const apt = onPath('apt-get');
  const root = process.getuid?.() === 0;
  const sudo = !root && onPath('sudo') && (() => {
    try {
      execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!apt || (!root && !sudo)) throw new Error(`No ${pkg} found, and apt cannot be used here to install it. ${howTo}`);
  log(`No ${pkg} found: installing Debian's ${pkg} package with apt-get…`);
  const prefix = root ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...prefix, ...args];
    execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', pkg]);
}

/** Returns a Chromium binary, installing Debian's `chromium` with apt when none is found and apt can be used. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  aptInstall('chromium', HOW_TO, log);
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium, but no binary was found afterwards. ${HOW_TO}`);
  return installed;
}

export interface RunningChromium {
  /** http://127.0.0.1:PORT, for playwright-core's connectOverCDP. */
  cdpUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts Chromium with the extension in `extensionDir` loaded and a DevTools port open on loopback. */
export async function startChromium(opts: { extensionDir: string; headless: boolean; url?: string; executable?: string; /** More switches, e.g. `--lang=es`. */ args?: string[] }): Promise<RunningChromium> {
  const executable = opts.executable ?? ensureChromium();
  const extensionDir = resolve(opts.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'sanctions-lens-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    '--remote-debugging-address=127.0.0.1',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--window-size=1280,900',
  ];
  if (opts.headless) args.push('--headless', '--disable-gpu');
  args.push(...(opts.args ?? []));
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(opts.url ?? 'about:blank');
  // Its own process group, so stopping it stops its helper processes too.
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (code ${child.exitCode}) before it was ready:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Chromium did not open its DevTools port within 30 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0].trim();
  return {
    cdpUrl: `http://127.0.0.1:${port}`,
    process: child,
    async stop() {
      const group = (signal: NodeJS.Signals) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          // the group is already gone
        }
      };
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        group('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      group('SIGKILL');
      // Chromium's helper processes can still be writing for a moment after the main one exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch (e) {
        console.warn(`Could not remove the temporary Chromium profile ${profile}: ${(e as Error).message}`);
      }
    },
  };
}

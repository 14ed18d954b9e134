// A system Firefox driven over Marionette, its own automation protocol, for what WebDriver BiDi cannot reach: the
// extension's own pages. BiDi (puppeteer-core, test/e2e/firefox.e2e.ts) lists no moz-extension page and refuses to
// open one; Marionette lists the options page the add-on opens on install and runs scripts in it. Firefox allows one
// automation session, so a test uses either this or puppeteer. The protocol is a few JSON commands over TCP
// ("length:[0, id, name, params]"); the npm clients for it are Selenium (which needs a geckodriver binary, not
// installable here) and marionette-client (unmaintained since 2015), so it is spoken here directly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** WebDriver's key for an element reference in a command's answer. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface Marionette {
  /** Runs one command; its value, or an Error with Firefox's message. */
  command<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  /** Runs a script in the current page (a function body; `arguments` are `args`) and returns its value. */
  execute<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
  /** Runs a script that ends by calling its last argument with the result (for promises). */
  executeAsync<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
  /** Clicks the first element matching a CSS selector, as a reader's click (a user gesture for the page). */
  click(selector: string): Promise<void>;
  /** A PNG of the whole current page. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function connectWhenListening(port: number, deadline: number, firefox: ChildProcess): Promise<Socket> {
  for (;;) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited (code ${firefox.exitCode}) before Marionette listened`);
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`Marionette did not listen on port ${port}: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Reads "length:json" packets off the socket, in order. */
function packets(socket: Socket): () => Promise<unknown> {
  let buffer = Buffer.alloc(0);
  const waiting: ((packet: unknown) => void)[] = [];
  const ready: unknown[] = [];
  socket.on('data', (data: Buffer) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('ascii'));
      if (buffer.length < colon + 1 + length) return;
      const packet: unknown = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      const waiter = waiting.shift();
      if (waiter) waiter(packet);
      else ready.push(packet);
    }
  });
  return () => (ready.length > 0 ? Promise.resolve(ready.shift()) : new Promise((resolve) => waiting.push(resolve)));
}

/** Starts Firefox headless with a fresh profile holding `prefs`, and a Marionette session in it. */
export async function startMarionette(executable: string, prefs: Record<string, string | number | boolean> = {}): Promise<Marionette> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'sanctions-lens-firefox-'));
  const all = {
    'marionette.port': port,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    ...prefs,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const firefox = spawn(executable, ['-headless', '-marionette', '-no-remote', '-profile', profile], { stdio: 'ignore' });
  const socket = await connectWhenListening(port, Date.now() + 60_000, firefox);
  const next = packets(socket);
  await next(); // the greeting: {"applicationType":"gecko","marionetteProtocol":3}
  let id = 0;
  let queue = Promise.resolve();

  const command = <T>(name: string, params: Record<string, unknown> = {}): Promise<T> => {
    // One command at a time: answers come in order, and Marionette handles one at a time anyway.
    const run = queue.then(async () => {
      const body = JSON.stringify([0, ++id, name, params]);
      socket.write(`${Buffer.byteLength(body)}:${body}`);
      const [, , error, result] = (await next()) as [number, number, { error: string; message: string } | null, { value?: unknown } | null];
      if (error) throw new Error(`${name}: ${error.error}: ${error.message}`);
      return (result && typeof result === 'object' && 'value' in result ? result.value : result) as T;
    });
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  await command('WebDriver:NewSession', { capabilities: {} });
  return {
    command,
    execute: (script, ...args) => command('WebDriver:ExecuteScript', { script, args }),
    executeAsync: (script, ...args) => command('WebDriver:ExecuteAsyncScript', { script, args }),
    async click(selector) {
      const element = await command<Record<string, string>>('WebDriver:FindElement', { using: 'css selector', value: selector });
      await command('WebDriver:ElementClick', { id: element[ELEMENT] });
    },
    async screenshot() {
      return Buffer.from(await command<string>('WebDriver:TakeScreenshot', { full: true }), 'base64');
    },
    async close() {
      await command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      socket.destroy();
      await new Promise<void>((resolve) => {
        if (firefox.exitCode !== null) return resolve();
        const timer = setTimeout(() => firefox.kill('SIGKILL'), 10_000);
        firefox.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A CPU profile of the extension's service worker over the DevTools protocol, and its top functions by self time.
// Playwright gives no session for a service worker, so this attaches from the browser session (unflattened) and
// routes the Profiler commands through Target.sendMessageToTarget.
import type { Browser, CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface WorkerProfiler {
  stop(): Promise<CpuProfile>;
}

/** A DevTools session with the extension's service worker: `send` one protocol command, `detach` at the end. */
export async function attachToWorker(browser: Browser, cdpUrl: string): Promise<{ send: (method: string, params?: Record<string, unknown>) => Promise<unknown>; detach: () => Promise<void> }> {
  const targets = (await (await fetch(`${cdpUrl}/json/list`)).json()) as { id: string; type: string; url: string }[];
  const worker = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('no extension service worker is running');
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.id, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id === undefined) return;
    waiting.get(msg.id)?.(msg.error ? Promise.reject(new Error(msg.error.message)) : msg.result);
    waiting.delete(msg.id);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return { send, detach: () => session.detach().catch(() => undefined) };
}

export async function profileWorker(browser: Browser, cdpUrl: string): Promise<WorkerProfiler> {
  const { send, detach } = await attachToWorker(browser, cdpUrl);
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
      await detach();
      return profile;
    },
  };
}

/** Self time per function (name and file:line), largest first, as printable lines. */
export function topFunctions(profile: CpuProfile, count = 20): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
}

/**
 * The longest stretches the worker was busy without a break (no idle sample), each with its three busiest functions
 * and, below, the calls it ran inside (those on the stack for at least 40 % of it, outermost first): what keeps a
 * page's lookup waiting, and where to break it.
 */
export function longestBusyStretches(profile: CpuProfile, count = 5): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (node: ProfileNode | undefined) => `${node?.callFrame.functionName || '(anonymous)'}:${(node?.callFrame.lineNumber ?? 0) + 1}`;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  type Stretch = { ms: number; fns: Map<string, number>; within: Map<string, number> };
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const name = node?.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      if (current) stretches.push(current);
      current = null;
      return;
    }
    current ??= { ms: 0, fns: new Map(), within: new Map() };
    current.ms += dt;
    current.fns.set(key(node), (current.fns.get(key(node)) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let a = parent.get(id); a !== undefined; a = parent.get(a)) {
      const k = key(byNode.get(a));
      if (k.startsWith('(root)')) continue;
      onStack.add(k);
    }
    for (const k of onStack) current.within.set(k, (current.within.get(k) ?? 0) + dt);
  });
  if (current) stretches.push(current);
  return stretches
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((s) => {
      const top = [...s.fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ');
      const within = [...s.within.entries()].filter(([, ms]) => ms >= 0.4 * s.ms).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(' > ');
      return `${s.ms.toFixed(0).padStart(6)} ms: ${top}\n             within: ${within || '(no call held it)'}`;
    });
}

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
  type Stretch = { at: number; ms: number; fns: Map<string, number>; within: Map<string, number> };
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let clock = 0;
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    clock += (deltas[i] ?? 0) / 1000;
    const name = node?.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      if (current) stretches.push(current);
      current = null;
      return;
    }
    current ??= { at: clock, ms: 0, fns: new Map(), within: new Map() };
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
      return `${s.ms.toFixed(0).padStart(6)} ms at ${(s.at / 1000).toFixed(2)} s: ${top}\n             within: ${within || '(no call held it)'}`;
    });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in the event (µs): less than dur when the machine's load kept the thread waiting. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; usedHeapSizeBefore?: number; usedHeapSizeAfter?: number; data?: { usedHeapSizeBefore?: number } };
}

export interface WorkerTask {
  /** Milliseconds from the trace's start. */
  at: number;
  ms: number;
  /** Of which the worker's thread ran (CPU time); the rest it waited for a core. */
  cpuMs: number;
  /** Garbage collection inside the task. */
  gcMs: number;
  /** The trace's clock (µs), which a CPU profile of the same run shares. */
  ts: number;
}

/** The garbage collection in the worker's thread over a trace: each pause its thread stood still for it. */
export interface WorkerGc {
  /** Pauses (nested or overlapping GC events joined into one), their wall and CPU time in all, and the longest. */
  pauses: number;
  wallMs: number;
  cpuMs: number;
  longestMs: number;
  /** The longest pause's CPU time: the rest of its wall time the thread waited for a core. */
  longestCpuMs: number;
  /** The largest heap a collection found (its used size before), bytes: the heap's peak, which sampling can miss. */
  peakHeap: number;
}

export interface WorkerTrace {
  tasks: WorkerTask[];
  gc: WorkerGc;
}

export interface WorkerTracer {
  /** The service worker thread's tasks and GC from `skipMs` after the start of the trace (tracing's own start is a long task). */
  stop(skipMs: number): Promise<WorkerTrace>;
}

/** GC events (sorted by start) joined where they nest or overlap: one pause each, with the outermost event's CPU time. */
function gcPauses(gcs: TraceEvent[]): WorkerGc {
  const out: WorkerGc = { pauses: 0, wallMs: 0, cpuMs: 0, longestMs: 0, longestCpuMs: 0, peakHeap: 0 };
  let start = -Infinity;
  let end = -Infinity;
  let cpu = 0;
  const close = () => {
    if (end === -Infinity) return;
    const ms = (end - start) / 1000;
    out.pauses++;
    out.wallMs += ms;
    out.cpuMs += cpu / 1000;
    if (ms > out.longestMs) [out.longestMs, out.longestCpuMs] = [ms, cpu / 1000];
  };
  for (const g of gcs) {
    const before = g.args?.usedHeapSizeBefore ?? g.args?.data?.usedHeapSizeBefore ?? 0;
    out.peakHeap = Math.max(out.peakHeap, before);
    const stop = g.ts + (g.dur ?? 0);
    if (g.ts < end) {
      if (stop > end) end = stop;
      continue;
    }
    close();
    [start, end, cpu] = [g.ts, stop, g.tdur ?? g.dur ?? 0];
  }
  close();
  return out;
}

const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking', 'V8.GCIncrementalMarkingStart', 'V8.GCIncrementalMarkingFinalize', 'V8.GC_HEAP_ENSURE_SWEEPING_COMPLETED']);

/**
 * A Chromium trace of the extension's service worker thread: each task it ran (a message answered, a timer's slice
 * of a build, an IndexedDB callback), and the garbage collection inside it. A lookup waits for the task under way when
 * it arrives, so the worker's longest tasks, not its busy stretches (a CPU profile's, which run slices separated by
 * turns of the event loop together), are what a lookup can wait behind.
 */
export async function traceWorker(browser: Browser): Promise<WorkerTracer> {
  const session = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'toplevel,v8,disabled-by-default-v8.gc,devtools.timeline', transferMode: 'ReportEvents' });
  return {
    async stop(skipMs) {
      const done = new Promise((r) => session.once('Tracing.tracingComplete', r));
      await session.send('Tracing.end');
      await done;
      await session.detach().catch(() => undefined);
      const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread');
      if (!thread) return { tasks: [], gc: gcPauses([]) };
      const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
      const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
      const gcs = mine.filter((e) => GC_EVENTS.has(e.name));
      // A loop, not Math.min(...): a long trace has more events than a call's arguments may be.
      const origin = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
      const from = origin + skipMs * 1000;
      const gc = gcPauses(gcs.filter((g) => g.ts >= from));
      const kept = tasks.filter((t) => t.ts >= from).map((t) => {
        const end = t.ts + (t.dur ?? 0);
        let inside = 0;
        let reached = -Infinity;
        for (const g of gcs) {
          if (g.ts < t.ts || g.ts >= end) continue;
          const stop = g.ts + (g.dur ?? 0);
          if (stop <= reached) continue;
          inside += stop - Math.max(g.ts, reached);
          reached = stop;
        }
        return { at: (t.ts - origin) / 1000, ms: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, gcMs: inside / 1000, ts: t.ts };
      });
      return { tasks: kept, gc };
    },
  };
}

/**
 * The longest tasks, longest first, as printable lines; with a CPU profile of the same run, each with its busiest
 * functions and the calls it ran inside (on the stack for 40 % of its samples), to tell which step it was.
 */
export function longestTasks(tasks: WorkerTask[], by: 'ms' | 'cpuMs', profile?: CpuProfile, count = 8): string[] {
  return [...tasks]
    .sort((a, b) => b[by] - a[by])
    .slice(0, count)
    .map((t) => {
      const head = `${t.ms.toFixed(0).padStart(6)} ms at ${(t.at / 1000).toFixed(2)} s (CPU ${t.cpuMs.toFixed(0)} ms, GC ${t.gcMs.toFixed(0)} ms)`;
      if (!profile) return head;
      const { top, within } = samplesBetween(profile, t.ts, t.ts + t.ms * 1000);
      return `${head}: ${top}\n             within: ${within || '(no call held it)'}`;
    });
}

/** The busiest functions of the profile's samples taken between two times of its clock (µs), and the calls around them. */
function samplesBetween(profile: CpuProfile, from: number, to: number): { top: string; within: string } {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (node: ProfileNode | undefined) => `${node?.callFrame.functionName || '(anonymous)'}:${(node?.callFrame.lineNumber ?? 0) + 1}`;
  const fns = new Map<string, number>();
  const around = new Map<string, number>();
  let total = 0;
  let clock = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    clock += profile.timeDeltas?.[i] ?? 0;
    if (clock < from || clock > to) return;
    const node = byNode.get(id);
    if (node?.callFrame.functionName === '(idle)') return;
    const dt = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    total += dt;
    fns.set(key(node), (fns.get(key(node)) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let a = parent.get(id); a !== undefined; a = parent.get(a)) {
      const k = key(byNode.get(a));
      if (!k.startsWith('(root)')) onStack.add(k);
    }
    for (const k of onStack) around.set(k, (around.get(k) ?? 0) + dt);
  });
  const top = [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ');
  const within = [...around.entries()].filter(([, ms]) => ms >= 0.4 * total).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(' > ');
  return { top, within };
}

interface AllocationNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocationNode[];
}

export interface AllocationSampler {
  /**
   * Bytes allocated meanwhile (sampled, collected ones included): in all, by the function that allocated them (self),
   * and by the calls they were allocated within (inclusive: which step of the check allocated what).
   */
  stop(count?: number): Promise<{ totalBytes: number; top: string[]; within: string[] }>;
}

/**
 * The worker's allocations over a stretch, from V8's sampling heap profiler with the objects garbage collection took
 * back included: what a check allocates, not what it keeps, since the allocation is what the collections pay for.
 */
export async function sampleAllocations(send: (method: string, params?: Record<string, unknown>) => Promise<unknown>): Promise<AllocationSampler> {
  await send('HeapProfiler.enable');
  await send('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return {
    async stop(count = 15) {
      const { profile } = (await send('HeapProfiler.stopSampling')) as { profile: { head: AllocationNode } };
      const by = new Map<string, number>();
      const inclusive = new Map<string, number>();
      let totalBytes = 0;
      /** Returns the subtree's bytes; `path` holds the functions above it, each counted once however often it recurs. */
      const walk = (node: AllocationNode, path: Set<string>): number => {
        const { functionName, url, lineNumber } = node.callFrame;
        const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
        by.set(key, (by.get(key) ?? 0) + node.selfSize);
        totalBytes += node.selfSize;
        const fresh = !path.has(key);
        if (fresh) path.add(key);
        let bytes = node.selfSize;
        for (const c of node.children) bytes += walk(c, path);
        if (fresh) {
          path.delete(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + bytes);
        }
        return bytes;
      };
      walk(profile.head, new Set());
      const lines = (m: Map<string, number>, skip: (k: string) => boolean) =>
        [...m.entries()]
          .filter(([k]) => !skip(k))
          .sort((a, b) => b[1] - a[1])
          .slice(0, count)
          .map(([k, bytes]) => `${(bytes / 2 ** 20).toFixed(1).padStart(8)} MB ${((100 * bytes) / totalBytes).toFixed(1).padStart(5)}%  ${k}`);
      // The root and the anonymous frames of promise chains hold nearly everything and name no step.
      return { totalBytes, top: lines(by, () => false), within: lines(inclusive, (k) => k.startsWith('(root)') || k.startsWith('(anonymous)')) };
    },
  };
}

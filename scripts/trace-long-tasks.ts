// What the long tasks on a big page's main thread are made of while the content script reads it, from a
// Chromium trace: the long-task API alone cannot tell the page's own layout and paint from our script, or from
// garbage collection our allocations start. For each run it prints:
//   - the longest task's time outside rendering updates and HTML parsing (script and GC: ours, as these pages
//     run no script of their own once built), and how many tasks had more than 50 ms of it;
//   - rendering updates (style, layout, paint) while reading: how many, how many over 50 ms, the longest;
//   - the garbage collections in the main thread that took over 20 ms.
// `--extension=DIR` (repeatable) traces other builds in the same run, for a baseline side by side.
// `--tree` prints what the tasks with over 50 ms of script and GC did, `--frames` the rendering updates over 50 ms.
// Run: npm run build && npx tsx scripts/trace-long-tasks.ts [--page=million|5mb] [--runs=3] [--tree] [--frames]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveGenerated } from './big-pages';
import { startChromium } from './chromium';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; src_func?: string };
}

const arg = (name: string) => process.argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const extensions = arg('extension').length ? arg('extension').map((d) => resolve(d)) : [resolve(import.meta.dirname, '../.output/chrome-mv3')];
const which = arg('page')[0] ?? 'million';
const runs = Number(arg('runs')[0] ?? 3);
const tree = process.argv.includes('--tree');
const GC = new Set(['MinorGC', 'MajorGC', 'V8.GCIncrementalMarkingStart', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMC', 'V8.GC_HEAP_ENSURE_SWEEPING_COMPLETED']);

async function trace(extension: string, url: string): Promise<TraceEvent[]> {
  const browser = await startChromium({ extensionDir: extension, headless: true });
  const pw = await chromium.connectOverCDP(browser.cdpUrl);
  try {
    const context = pw.contexts()[0];
    // The bundled dataset's first import, so that the page is read by a worker that has its index.
    await new Promise((r) => setTimeout(r, 3000));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'toplevel,blink,renderer.scheduler,devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    await page.goto(url, { timeout: 300_000 });
    await page.waitForFunction(() => performance.getEntriesByName('sanctions-lens:page-read').length > 0, undefined, { timeout: 300_000, polling: 100 });
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await pw.close();
    await browser.stop();
  }
}

function printTree(task: TraceEvent, thread: TraceEvent[], from: number): void {
  console.log(`  task of ${((task.dur ?? 0) / 1000).toFixed(0)} ms, ${((task.ts - from) / 1000).toFixed(0)} ms after reading started:`);
  const stack: TraceEvent[] = [];
  let lines = 0;
  for (const e of thread) {
    if (e === task || e.ts < task.ts || e.ts >= task.ts + (task.dur ?? 0) || (e.dur ?? 0) < 2000) continue;
    while (stack.length && e.ts >= stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0)) stack.pop();
    if (lines++ < 30) console.log(`    ${'  '.repeat(stack.length)}${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.name} ${e.args?.data?.url ?? e.args?.src_func ?? ''}`.slice(0, 160));
    stack.push(e);
  }
}

function summarise(events: TraceEvent[]): string[] {
  const reading = events.find((e) => e.name === 'sanctions-lens:reading');
  const read = events.find((e) => e.name === 'sanctions-lens:page-read');
  if (!reading || !read) return ['no reading marks in the trace'];
  // The page's main thread is the one our performance marks were made on.
  const onMain = (e: TraceEvent) => e.pid === reading.pid && e.tid === reading.tid && e.ph === 'X';
  const during = (e: TraceEvent) => e.ts + (e.dur ?? 0) >= reading.ts && e.ts <= read.ts;
  const thread = events.filter(onMain).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = thread.filter((e) => e.name === 'RunTask' && during(e));
  // The page's own work: rendering updates, parsing and its end (Blink lays the page out when it finishes parsing),
  // and style and layout no script asked for. Script run inside them (the DOMContentLoaded handlers, say) and style
  // and layout a script call forced count as script.
  const script = thread.filter((e) => e.name === 'v8.callFunction' || e.name === 'FunctionCall' || e.name === 'RunMicrotasks');
  const inside = (e: TraceEvent, outer: TraceEvent[]) => outer.some((s) => s !== e && s.ts <= e.ts && e.ts < s.ts + (s.dur ?? 0));
  const pageOwn = thread.filter(
    (e) =>
      e.name === 'WebFrameWidgetImpl::UpdateLifecycle' ||
      e.name === 'ParseHTML' ||
      e.name === 'Document::FinishedParsing' ||
      ((e.name === 'UpdateLayoutTree' || e.name === 'Layout') && !inside(e, script)),
  );
  const scriptInPageOwn = script.filter((e) => inside(e, pageOwn));
  /** The length of the union of `spans` that start inside task `t` (spans nest or follow each other), in µs. */
  const union = (spans: TraceEvent[], t: TraceEvent) => {
    let total = 0;
    let end = -Infinity;
    for (const e of spans) {
      if (e.ts < t.ts || e.ts >= t.ts + (t.dur ?? 0)) continue;
      const stop = e.ts + (e.dur ?? 0);
      if (stop <= end) continue;
      total += stop - Math.max(e.ts, end);
      end = stop;
    }
    return total;
  };
  const outside = (t: TraceEvent) => ((t.dur ?? 0) - union(pageOwn, t) + union(scriptInPageOwn, t)) / 1000;
  const worst = tasks.reduce((a, t) => (outside(t) > outside(a) ? t : a), tasks[0]);
  const frames = thread.filter((e) => e.name === 'WebFrameWidgetImpl::UpdateLifecycle' && during(e));
  const gcs = thread.filter((e) => GC.has(e.name) && during(e) && (e.dur ?? 0) > 20_000);
  if (tree) for (const t of tasks.filter((t) => outside(t) > 50)) printTree(t, thread, reading.ts);
  if (process.argv.includes('--frames')) for (const t of frames.filter((e) => (e.dur ?? 0) > 50_000)) printTree(t, thread, reading.ts);
  const f = (n: number) => `${n.toFixed(0)} ms`;
  return [
    `read in ${f((read.ts - reading.ts) / 1000)}`,
    `longest task outside rendering and parsing (script, GC): ${worst ? f(outside(worst)) : '0 ms'}; tasks with over 50 ms of it: ${tasks.filter((t) => outside(t) > 50).length}`,
    `rendering updates: ${frames.length}, over 50 ms: ${frames.filter((e) => (e.dur ?? 0) > 50_000).length}, longest ${f(Math.max(0, ...frames.map((e) => (e.dur ?? 0) / 1000)))}`,
    `GC pauses over 20 ms: ${gcs.map((e) => `${e.name.replace('V8.', '')} ${f((e.dur ?? 0) / 1000)}`).join(', ') || 'none'}`,
  ];
}

const generated = await serveGenerated();
try {
  const path = which === '5mb' ? '/big-5mb.html' : '/million-nodes.html';
  for (let run = 1; run <= runs; run++) {
    for (const extension of extensions) {
      const lines = summarise(await trace(extension, `${generated.origin}${path}`));
      console.log(`\n${path}, run ${run}, ${extension}`);
      for (const line of lines) console.log(`  ${line}`);
    }
  }
} finally {
  await generated.close();
}

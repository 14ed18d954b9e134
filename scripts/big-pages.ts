// The big pages the overlay is measured on (scripts/measure-overlay.ts, scripts/trace-long-tasks.ts), served
// from memory: a 5 MB news-like page and a page whose script builds 1,000,000 text nodes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SENTENCES = [
  'Officials in Caracas did not respond to a request for comment on the measures announced on Tuesday.',
  'The Treasury said the designations were part of a broader effort to pressure the government.',
  'Analysts expect the standoff to continue for several months as negotiations stall.',
  'President Nicolás Maduro called the sanctions an act of economic war against the country.',
  'The opposition leader Juan Guaidó urged the armed forces to allow humanitarian aid across the border.',
  'Hugo Carvajal, a former intelligence chief, said he would cooperate with investigators.',
];

/** A news-like page of about `bytes` bytes: paragraphs of sentences, a listed name every few sentences. */
function bigPage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 7 + 3) % SENTENCES.length]} ${SENTENCES[(i * 5 + 1) % SENTENCES.length]}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>5 MB page</title></head><body><article>${parts.join('')}</article></body></html>`;
}

/** A page whose inline script builds 1,000,000 text nodes (50,000 paragraphs of 20 spans), in chunks of its own. */
function millionNodesPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1,000,000 text nodes</title></head><body><div id="root"></div><script>
  const root = document.getElementById('root');
  const words = ['the', 'minister', 'said', 'Nicolás', 'Maduro', 'on', 'Tuesday', 'in', 'Caracas', 'and'];
  for (let p = 0; p < 50000; p++) {
    const para = document.createElement('p');
    for (let s = 0; s < 20; s++) {
      const span = document.createElement('span');
      span.textContent = words[(p + s) % words.length] + ' ';
      para.append(span);
    }
    root.append(para);
  }
  </script></body></html>`;
}

export async function serveGenerated(): Promise<{ origin: string; close: () => Promise<void> }> {
  const pages: Record<string, string> = { '/big-5mb.html': bigPage(5 * 1024 * 1024), '/million-nodes.html': millionNodesPage() };
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}


// Serves the project's test pages and the real articles in ../shared/pages (plain text, turned into simple
// HTML pages on request) on 127.0.0.1, for the end-to-end tests and the demo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';

export const PAGES_DIR = resolve(import.meta.dirname, '../test/pages');
export const ARTICLES_DIR = resolve(import.meta.dirname, '../../shared/pages');

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain-text article as a simple page: the first line is the title, blank lines separate paragraphs. */
export function articleHtml(text: string): string {
  const chunks = text.replace(/\r/g, '').split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
  const title = chunks[0]?.split('\n')[0] ?? 'Article';
  const clean = (s: string) => escapeHtml(s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*+/g, '')).replace(/\n/g, ' ');
  const body = chunks.map((c, i) => (i === 0 ? `<h1>${clean(c)}</h1>` : `<p>${clean(c)}</p>`)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article>\n${body}\n</article></body></html>`;
}

export function realArticles(): string[] {
  if (!existsSync(ARTICLES_DIR)) return [];
  return readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export interface PageServer {
  origin: string;
  server: Server;
  close: () => Promise<void>;
}

export async function servePages(port = 0): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const name = basename(path);
    if (path.startsWith('/pages/') && existsSync(join(PAGES_DIR, name))) return send(200, readFileSync(join(PAGES_DIR, name), 'utf8'));
    if (path.startsWith('/articles/') && name.endsWith('.html')) {
      const file = join(ARTICLES_DIR, name.replace(/\.html$/, '.txt'));
      if (existsSync(file)) return send(200, articleHtml(readFileSync(file, 'utf8')));
    }
    if (path === '/') {
      const links = [
        ...readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => `/pages/${f}`),
        ...realArticles().map((f) => `/articles/${f.replace(/\.txt$/, '.html')}`),
      ];
      return send(200, `<!doctype html><title>Test pages</title><ul>${links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('')}</ul>`);
    }
    send(404, 'Not found', 'text/plain');
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const { port: bound } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${bound}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

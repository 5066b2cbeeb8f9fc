/**
 * A second web server on another port of 127.0.0.1: the "site owner's website" for tests that
 * embed the widgets on an origin other than the CMS's. Serves fixed pages from memory.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  url: string;
  /** Adds or replaces the page at `path` (HTML unless `type` says otherwise), sent with `headers`. */
  page(path: string, body: string, type?: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** An empty answer to the browser's own request for a favicon, so that it is no failed request of the page. */
const FAVICON = { body: '', type: 'image/x-icon', headers: {} };

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, { body: string; type: string; headers: Record<string, string> }>();
  const server: Server = createServer((request, response) => {
    const found = pages.get(new URL(request.url ?? '/', 'http://host').pathname) ?? (request.url === '/favicon.ico' ? FAVICON : undefined);
    response.writeHead(found ? 200 : 404, { ...found?.headers, 'content-type': found?.type ?? 'text/plain; charset=utf-8' });
    response.end(found?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" rather than 127.0.0.1: another origin than the CMS's even on the same machine.
    url: `http://localhost:${port}`,
    page: (path, body, type = 'text/html; charset=utf-8', headers = {}) => pages.set(path, { body, type, headers }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A plain host page: German by default, with whatever elements the test puts in its body. */
export function hostPage(body: string, { scriptSrc, lang = 'de', head = '' }: { scriptSrc: string; lang?: string; head?: string }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Testseite</title>
${head}
<script type="module" src="${scriptSrc}"></script></head>
<body><header><p>Kopfzeile der Website</p></header><main><h1>Testseite</h1>${body}</main>
<footer><p id="host-footer">Fußzeile der Website</p></footer></body></html>`;
}

/**
 * A website a source points at: a real HTTP server on 127.0.0.1 that answers what the test sets
 * for each path (a feed, a calendar, an error, a redirect, no answer at all), honours ETag and
 * Last-Modified as websites do, and remembers every request (with when it began and ended, so a
 * test can tell whether two overlapped).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Milliseconds before the answer is sent; Infinity: never. */
  delayMs?: number;
  /** Sends the body in chunks, for an answer larger than anyone should read. */
  chunks?: { size: number; count: number };
}

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  began: number;
  ended: number | null;
}

export interface SourceServer {
  url: string;
  /** Answers `path` (with its query) with `answer` from now on. */
  set(path: string, answer: Answer | ((request: IncomingMessage) => Answer)): void;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const etagOf = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

function send(request: IncomingMessage, response: ServerResponse, answer: Answer) {
  const { status = 200, type = 'text/plain; charset=utf-8', body = '', headers = {} } = answer;
  if (answer.chunks) {
    response.writeHead(status, { 'Content-Type': type, ...headers });
    const chunk = Buffer.alloc(answer.chunks.size, 'x');
    let sent = 0;
    const write = () => {
      while (sent < answer.chunks!.count) {
        sent++;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      response.end();
    };
    response.on('error', () => {});
    return write();
  }
  const etag = status === 200 ? etagOf(body) : undefined;
  if (etag && request.headers['if-none-match'] === etag) {
    response.writeHead(304, { ETag: etag });
    return void response.end();
  }
  response.writeHead(status, { 'Content-Type': type, ...(etag && { ETag: etag }), ...headers });
  response.end(body);
}

export async function startSourceServer(): Promise<SourceServer> {
  const answers = new Map<string, Answer | ((request: IncomingMessage) => Answer)>();
  const requests: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    const seen: SeenRequest = { path: request.url ?? '', headers: request.headers, began: Date.now(), ended: null };
    requests.push(seen);
    response.on('close', () => (seen.ended = Date.now()));
    const path = new URL(request.url ?? '/', 'http://source').pathname;
    const configured = answers.get(request.url ?? '') ?? answers.get(path);
    const answer = typeof configured === 'function' ? configured(request) : (configured ?? { status: 404, body: 'not here' });
    if (answer.delayMs === Infinity) return;
    setTimeout(() => send(request, response, answer), answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, answer) => void answers.set(path, answer),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

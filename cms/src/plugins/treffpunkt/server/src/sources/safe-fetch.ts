/**
 * Every request to a source goes through here: a source is an address anybody in the office may
 * type, so it must not reach the CMS's own network (a cloud's metadata service, a database, the
 * admin of a router). Only http(s); the host's addresses, as DNS gives them, checked on every hop
 * (redirects included, at most five) and the connection made to the very address checked, so a
 * name that resolves elsewhere a moment later changes nothing; a time limit to connect and one
 * for the whole answer; a size limit counted after decompression; conditional requests.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { PROBLEMS, SourceProblem } from './problems';

export interface FetchLimits {
  allowPrivateAddresses: boolean;
  timeoutSeconds: number;
  maxBytes: number;
}

/** What the last good read answered, for a conditional request. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 304; url: string }
  | { status: 200; url: string; body: string; contentType: string; etag: string | null; lastModified: string | null };

export const MOST_REDIRECTS = 5;
/** Connecting to one host takes at most this long (or the whole read's limit, if shorter). */
const CONNECT_SECONDS = 10;
const USER_AGENT = 'Treffpunkt (+https://github.com/treffpunkt/treffpunkt)';

/** Whether `address` (an IP) is one anybody on the internet reaches: not loopback, private, link-local, CGNAT, metadata, … */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  return ipaddr.process(address).range() === 'unicast';
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** Refuses an address that is not public, unless the operators allow such sources. */
function checkAddress(host: string, address: string, limits: FetchLimits) {
  if (!limits.allowPrivateAddresses && !isPublicAddress(address)) throw new SourceProblem(PROBLEMS.privateAddress(host, address));
}

/** DNS as the connection would ask it, every address of the name checked: one private one is enough to refuse. */
function checkedLookup(limits: FetchLimits): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(new SourceProblem(PROBLEMS.unknownHost(hostname)), [] as never);
      try {
        addresses.forEach(({ address }) => checkAddress(hostname, address, limits));
      } catch (problem) {
        return callback(problem as Error, [] as never);
      }
      if (options.all) return callback(null, addresses as never);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** Checks that `value` is an http(s) address whose host is public (an image of a source, before it is kept). */
export async function checkRemoteUrl(value: string, limits: FetchLimits): Promise<URL> {
  const url = parseHttpUrl(value);
  const host = hostOf(url);
  if (isIP(host)) {
    checkAddress(host, host, limits);
    return url;
  }
  await new Promise<void>((resolve, reject) => checkedLookup(limits)(host, { all: true }, (error) => (error ? reject(error) : resolve())));
  return url;
}

function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SourceProblem(PROBLEMS.notHttp(value));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceProblem(PROBLEMS.notHttp(value));
  return url;
}

/** The problem a failed request stands for, in words. */
function asProblem(error: unknown, host: string): SourceProblem {
  if (error instanceof SourceProblem) return error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  if (/CERT|SSL|TLS|SELF_SIGNED/.test(code)) return new SourceProblem(PROBLEMS.certificate(host, code));
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new SourceProblem(PROBLEMS.unknownHost(host));
  return new SourceProblem(PROBLEMS.connectionFailed(host, code));
}

interface Hop {
  response: IncomingMessage;
  url: URL;
}

/** One request: the connection only to a checked address, and no longer than allowed to connect. */
function requestOnce(url: URL, headers: Record<string, string>, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  const host = hostOf(url);
  if (isIP(host)) checkAddress(host, host, limits);
  const connectSeconds = Math.min(CONNECT_SECONDS, limits.timeoutSeconds);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { headers, lookup: checkedLookup(limits), agent: false, signal }, (response) =>
      resolve({ response, url }),
    );
    request.on('error', (error) => reject(signal.aborted ? signal.reason : asProblem(error, host)));
    request.on('socket', (socket) => {
      const timer = setTimeout(
        () => request.destroy(new SourceProblem(PROBLEMS.noConnection(host, connectSeconds))),
        connectSeconds * 1000,
      );
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.end();
  });
}

/** The answer's bytes decompressed as it says they are, cut off past `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (!response.headers['content-encoding'] && declared > maxBytes) {
    response.destroy();
    throw new SourceProblem(PROBLEMS.tooLarge(maxBytes));
  }
  const decoders: Record<string, () => Transform> = {
    gzip: createGunzip,
    'x-gzip': createGunzip,
    deflate: createInflate,
    br: createBrotliDecompress,
  };
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const stream: Readable = decoders[encoding] ? response.pipe(decoders[encoding]()) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new SourceProblem(PROBLEMS.tooLarge(maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The text in the charset the answer names (the header, else an XML declaration), UTF-8 otherwise. */
export function decodeText(bytes: Buffer, contentType: string): string {
  const declared =
    /charset="?([\w-]+)/i.exec(contentType)?.[1] ??
    /^<\?xml[^>]*encoding=["']([\w-]+)/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

/** Follows redirects (each hop checked) until an answer with content, a 304, or a problem. */
async function follow(start: URL, headers: Record<string, string>, limits: FetchLimits, signal: AbortSignal): Promise<Hop> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const answer = await requestOnce(url, headers, limits, signal);
    const { statusCode = 0, headers: answered } = answer.response;
    if (statusCode < 300 || statusCode >= 400 || statusCode === 304 || !answered.location) return answer;
    answer.response.resume();
    if (hop >= MOST_REDIRECTS) throw new SourceProblem(PROBLEMS.tooManyRedirects(MOST_REDIRECTS), statusCode);
    url = parseHttpUrl(new URL(answered.location, url).href);
  }
}

/** Reads `address` as the limits allow; `accept` is the Accept header of what the importer reads. */
export async function safeFetch(address: string, limits: FetchLimits, accept: string, validators?: Validators): Promise<FetchResult> {
  const start = parseHttpUrl(address);
  const headers = { 'User-Agent': USER_AGENT, Accept: accept, 'Accept-Encoding': 'gzip, deflate, br', ...conditionalHeaders(validators) };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new SourceProblem(PROBLEMS.timedOut(limits.timeoutSeconds))), limits.timeoutSeconds * 1000);
  try {
    const { response, url } = await follow(start, headers, limits, deadline.signal);
    const status = response.statusCode ?? 0;
    if (status === 304) {
      response.resume();
      return { status: 304, url: url.href };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new SourceProblem(PROBLEMS.httpStatus(status), status);
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const body = decodeText(await readBody(response, limits.maxBytes), contentType);
    const header = (name: string) => (response.headers[name] as string | undefined) ?? null;
    return { status: 200, url: url.href, body, contentType, etag: header('etag'), lastModified: header('last-modified') };
  } catch (error) {
    throw deadline.signal.aborted ? deadline.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Compressed answers. The plugin sends its widget files and its public answers (API, feeds, embed
 * pages) brotli- or gzip-encoded itself, as the browser accepts: a phone on a mobile network gets
 * a third of the bytes, in any Strapi app, with or without a proxy in front that compresses.
 * (Strapi's own `strapi::compression`, when an app adds it, leaves an encoded answer alone.)
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'koa';
import { matchesEtag } from './etag';

/** The encodings we send besides the plain bytes, the smallest first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** One answer: its plain bytes and validator, and the same bytes in an encoding (none: always sent plain). */
export interface Representations {
  body: string | Buffer;
  etag: string;
  encoded?: (encoding: Encoding) => Buffer;
}

/** Below this (about one network packet), compression saves next to nothing: the answer goes plain. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * For answers made while a visitor waits: a quality that costs next to no time, where the
 * highest would cost many times as much for a few bytes less (bench/README.md has the figures).
 */
const COMPRESS_QUICKLY: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

/** `body` in each encoding, compressed the first time a request takes that encoding (until then it costs no memory). */
export function compressedOnDemand(body: string): Representations['encoded'] {
  if (Buffer.byteLength(body) < MIN_COMPRESSED_BYTES) return undefined;
  const encoded: Partial<Record<Encoding, Buffer>> = {};
  return (encoding) => (encoded[encoding] ??= COMPRESS_QUICKLY[encoding](Buffer.from(body)));
}

/** The smallest encoding the request takes: ours, not the header's order (browsers list gzip first but decode brotli as well). */
const acceptedEncoding = (ctx: Context) => ENCODINGS.find((encoding) => ctx.acceptsEncodings(encoding) === encoding);

/**
 * Sends the representation the request takes, or 304 when it already holds that one. Each
 * encoding is another representation, so it has its own strong validator (`"…-br"`), and caches
 * keep them apart by `Vary: Accept-Encoding`.
 */
export function sendRepresentation(ctx: Context, { body, etag, encoded }: Representations): void {
  if (encoded) ctx.vary('Accept-Encoding');
  const encoding = encoded && acceptedEncoding(ctx);
  const tag = encoding ? etag.replace(/"$/, `-${encoding}"`) : etag;
  if (encoding) ctx.set('Content-Encoding', encoding);
  ctx.set('ETag', tag);
  ctx.status = matchesEtag(ctx.get('If-None-Match'), tag) ? 304 : 200;
  // A 304 needs no body: an answer is compressed only for a browser that gets it.
  ctx.body = ctx.status === 304 ? null : encoded && encoding ? encoded(encoding) : body;
}

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { treffpunktConfig } from '../config';
import { answerPublicError } from '../http/errors';
import { sendRepresentation } from '../http/encodings';
import { treffpunkt } from '../plugin';
import type { CachedResponse } from '../services/response-cache';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * HTTP behaviour of every public read route: answers from the in-process cache when it can,
 * compressed as the browser accepts, a strong ETag with 304 on If-None-Match (or on
 * If-Modified-Since, for an answer that has a Last-Modified), Cache-Control,
 * and errors as JSON that name the parameter (never a 500 with a stack).
 */
export default (_options: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const config = treffpunktConfig(strapi);
  const cacheControl = `public, max-age=${config.maxAgeSeconds}, stale-while-revalidate=${config.staleWhileRevalidateSeconds}`;
  const cache = () => treffpunkt(strapi).service('response-cache');

  async function render(ctx: Context, next: Next): Promise<CachedResponse | null> {
    const generation = cache().generation;
    try {
      await next();
    } catch (error) {
      answerPublicError(strapi, ctx, error);
      return null;
    }
    if (ctx.status !== 200) return null;
    const body = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
    const answer = {
      body,
      contentType: ctx.response.get('Content-Type') || JSON_TYPE,
      disposition: ctx.response.get('Content-Disposition') || undefined,
      lastModified: ctx.response.get('Last-Modified') || undefined,
    };
    return cache().set(cacheKey(ctx), answer, Date.now(), generation);
  }

  return async (ctx: Context, next: Next) => {
    const entry = cache().get(cacheKey(ctx)) ?? (await render(ctx, next));
    if (!entry) return;
    ctx.set('Cache-Control', cacheControl);
    // With Age, a browser's copy expires max-age after we made it, not after it arrived.
    ctx.set('Age', String(Math.floor((Date.now() - entry.storedAt) / 1000)));
    ctx.type = entry.contentType;
    if (entry.disposition) ctx.set('Content-Disposition', entry.disposition);
    if (entry.lastModified) ctx.set('Last-Modified', entry.lastModified);
    sendRepresentation(ctx, entry);
  };
};

/** HEAD and GET share answers; the host is part of the key because answers hold absolute URLs. */
function cacheKey(ctx: Context): string {
  return `${ctx.origin}${ctx.url}`;
}

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { ErrorResponse } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { API_PREFIX, OEMBED_PATH, PUBLIC_POST_ROUTES } from 'treffpunkt-shared/public-routes';

const READ_METHODS = 'GET, HEAD, OPTIONS';
const WRITE_PATHS = new Set(Object.values(PUBLIC_POST_ROUTES).map((route) => `${API_PREFIX}/${route}`));

/**
 * The public API is read by widgets on other people's websites: any origin may read it
 * (or the configured ones), without credentials, and only with GET and HEAD. Runs before
 * Strapi's own middlewares, so the admin keeps Strapi's CORS defaults.
 *
 * The one exception, on purpose: the routes of PUBLIC_POST_ROUTES (following by e-mail) also take
 * POST, from any origin (a widget on any website sends it), never with credentials. They hold no
 * secret and change nothing without the address owner's confirmation (services/following.ts).
 */
export default (_options: unknown, { strapi }: { strapi: Core.Strapi }) => {
  /** The allowed origin to answer with, or null; read per request so that a changed setting applies at once. */
  function allowedOrigin(ctx: Context): string | null {
    const { corsOrigins } = treffpunktConfig(strapi);
    if (corsOrigins.includes('*')) return '*';
    const origin = ctx.get('Origin');
    return corsOrigins.includes(origin) ? origin : null;
  }

  return async (ctx: Context, next: Next) => {
    if (!isPublicReadPath(ctx.path)) return next();

    const writable = WRITE_PATHS.has(ctx.path);
    const origin = writable ? '*' : allowedOrigin(ctx);
    if (ctx.method === 'OPTIONS') {
      applyCors(ctx, origin);
      ctx.set('Access-Control-Allow-Methods', writable ? `POST, ${READ_METHODS}` : READ_METHODS);
      ctx.set('Access-Control-Allow-Headers', 'Accept, If-None-Match, Content-Type');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return;
    }
    const allowed = ctx.method === 'GET' || ctx.method === 'HEAD' || (writable && ctx.method === 'POST');
    if (!allowed) {
      ctx.set('Allow', writable ? 'GET, HEAD, POST' : 'GET, HEAD');
      ctx.status = 405;
      ctx.body = {
        error: { status: 405, name: 'MethodNotAllowed', message: `${ctx.method} is not allowed here; the public API is read-only.` },
      } satisfies ErrorResponse;
      applyCors(ctx, origin);
      return;
    }
    await next();
    applyCors(ctx, origin);
  };

  function applyCors(ctx: Context, origin: string | null) {
    // Strapi's own CORS middleware answers with credentials; the public API never uses them.
    ctx.remove('Access-Control-Allow-Credentials');
    if (origin !== '*') ctx.vary('Origin');
    if (origin) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Expose-Headers', 'ETag, Age, Cache-Control');
    } else {
      ctx.remove('Access-Control-Allow-Origin');
    }
  }
};

/** The public read routes and the oEmbed answers; Strapi's standard REST routes under /rest keep Strapi's own rules. */
function isPublicReadPath(path: string): boolean {
  return path === OEMBED_PATH || (path.startsWith(`${API_PREFIX}/`) && !path.startsWith(`${API_PREFIX}/rest/`));
}

/**
 * The headers of the embed pages, on every answer (a cached one too): any website may frame
 * them (or the configured ones, `frameAncestors`), and the page itself may load nothing but the
 * CMS's own script and images.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { treffpunktConfig } from '../config';
import { publicBaseUrl } from '../urls/public-urls';

export default (_options: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async function embedFrame(ctx: Context, next: Next) {
    await next();
    const ancestors = treffpunktConfig(strapi).frameAncestors;
    ctx.remove('X-Frame-Options');
    // Strapi's CORS answers every request; a page has nothing to share with scripts of other sites.
    ctx.remove('Access-Control-Allow-Origin');
    ctx.remove('Access-Control-Allow-Credentials');
    ctx.set(
      'Content-Security-Policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        // The element's styles come with its declarative shadow root, as <style> elements.
        "style-src 'unsafe-inline'",
        `img-src 'self' https: data:`,
        `connect-src 'self' ${publicBaseUrl(strapi, ctx)}`,
        `frame-ancestors ${ancestors.includes('*') ? '*' : ancestors.join(' ')}`,
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
  };

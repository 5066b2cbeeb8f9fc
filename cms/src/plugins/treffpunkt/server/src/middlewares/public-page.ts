/**
 * The headers of the public pages, on every answer (a cached one too): the page loads nothing but
 * its own styles and the CMS's images, runs no script, sends its search form only to itself, and
 * shares nothing with scripts of other sites.
 */
import type { Context, Next } from 'koa';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // The styles are inline, as on the embed pages; there is no script to allow.
  "style-src 'unsafe-inline'",
  "img-src 'self' https:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export default () =>
  async function publicPage(ctx: Context, next: Next) {
    await next();
    // Strapi's CORS answers every request; a page has nothing to share with scripts of other sites.
    ctx.remove('Access-Control-Allow-Origin');
    ctx.remove('Access-Control-Allow-Credentials');
    ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  };

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** Absolute URLs in answers start with the configured public URL, else the address the request came to. */
export function publicBaseUrl(strapi: Core.Strapi, ctx: Context): string {
  const configured = strapi.config.get<string>('server.url');
  return (configured || ctx.origin).replace(/\/$/, '');
}

export function treffpunktService<Name extends 'public-network' | 'public-report' | 'public-event'>(strapi: Core.Strapi, name: Name) {
  return strapi.plugin('treffpunkt').service(name);
}

/**
 * `/treffpunkt/oembed?url=…`: what WordPress, Ghost and other oEmbed consumers ask when someone
 * pastes the address of a Treffpunkt page (see services/oembed.ts). Cached, and readable by any
 * website, like the public API (routes/host.ts, middlewares/public-access.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseOEmbedQuery } from '../validation/oembed-query';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async answer(ctx: Context) {
    const query = parseOEmbedQuery(ctx.query);
    ctx.body = await treffpunkt(strapi).service('oembed').answer(query, publicBaseUrl(strapi, ctx));
  },
});

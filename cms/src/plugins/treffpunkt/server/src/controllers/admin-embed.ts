import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EmbedOptionsResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The snippet names the public address of the CMS (server.url), else the one the admin is using. */
  async options(ctx: Context) {
    const data = await treffpunkt(strapi).service('admin-embed').options(publicBaseUrl(strapi, ctx));
    ctx.body = { data } satisfies EmbedOptionsResponse;
  },
});

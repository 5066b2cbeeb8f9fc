import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EmbedOptionsResponse } from '../../../shared/admin-api';
import { publicBaseUrl } from './public-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The snippet names the public address of the CMS (server.url), else the one the admin is using. */
  async options(ctx: Context) {
    const data = await strapi.plugin('treffpunkt').service('admin-embed').options(publicBaseUrl(strapi, ctx));
    ctx.body = { data } satisfies EmbedOptionsResponse;
  },
});

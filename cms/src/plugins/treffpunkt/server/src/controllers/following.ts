/** Following a network: what the follow dialog offers (GET), and a request to follow by e-mail (POST, 202 whatever the address). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PublicAnswers, PublicPostAnswers } from 'treffpunkt-shared/public-routes';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const following = () => treffpunkt(strapi).service('following');

  return {
    async options(ctx: Context) {
      const params = parseParams('followOptions', ctx.query);
      ctx.body = { data: await following().options(params, publicBaseUrl(strapi, ctx)) } satisfies PublicAnswers['follow'];
    },

    async subscribe(ctx: Context) {
      const params = parseParams('follow', ctx.request.body ?? {});
      await following().request(params, { ip: ctx.ip, origin: publicBaseUrl(strapi, ctx) });
      ctx.status = 202;
      ctx.body = { data: { accepted: true } } satisfies PublicPostAnswers['subscribe'];
    },
  };
};

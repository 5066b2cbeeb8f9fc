import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PublicAnswers } from 'treffpunkt-shared/public-routes';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => treffpunkt(strapi).service('reports');

  return {
    async list(ctx: Context) {
      ctx.body = (await reports().list(parseParams('reports', ctx.query), publicBaseUrl(strapi, ctx))) satisfies PublicAnswers['reports'];
    },

    async findOne(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      ctx.body = { data: await reports().bySlug(slug, locale, publicBaseUrl(strapi, ctx)) } satisfies PublicAnswers['report'];
    },
  };
};

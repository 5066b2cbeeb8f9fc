import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ReportListResponse, ReportResponse } from '../../../shared/wire';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  return {
    async latest(ctx: Context) {
      const params = parseParams('reports', ctx.query);
      const networks = await service('public-network').resolveSlugs(params.network, Boolean(params.include));
      ctx.body = (await service('public-report').latest(
        { networks, tag: params.tag, limit: params.limit, page: params.page, locale: params.locale },
        publicBaseUrl(strapi, ctx),
      )) satisfies ReportListResponse;
    },

    async findOne(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const data = await service('public-report').bySlug(slug, locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies ReportResponse;
    },
  };
};

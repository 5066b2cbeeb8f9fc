import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ReportResponse } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { publicAnswers } from '../reads/public-answers';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;
  const answers = publicAnswers(strapi);

  return {
    async latest(ctx: Context) {
      ctx.body = await answers.reports(ctx.query, publicBaseUrl(strapi, ctx));
    },

    async findOne(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const data = await service('public-report').bySlug(slug, locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies ReportResponse;
    },
  };
};

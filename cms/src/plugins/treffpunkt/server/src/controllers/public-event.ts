import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EventListResponse, NextEventResponse } from '../../../shared/wire';
import { eventToICalendar } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  return {
    async next(ctx: Context) {
      const params = parseParams('nextEvent', ctx.query);
      const networks = await service('public-network').resolveSlugs(params.network, Boolean(params.include));
      const data = await service('public-event').next(networks, params.locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies NextEventResponse;
    },

    async upcoming(ctx: Context) {
      const params = parseParams('events', ctx.query);
      const networks = await service('public-network').resolveSlugs(params.network, Boolean(params.include));
      ctx.body = (await service('public-event').upcoming(
        { networks, limit: params.limit, page: params.page, locale: params.locale },
        publicBaseUrl(strapi, ctx),
      )) satisfies EventListResponse;
    },

    async calendarEntry(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const event = await service('public-event').bySlug(slug, locale, baseUrl);
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${slug}.ics"`);
      ctx.body = eventToICalendar(event, {
        name: event.title,
        url: event.ics,
        uidDomain: new URL(baseUrl).hostname,
        stamp: service('clock').now(),
      });
    },
  };
};

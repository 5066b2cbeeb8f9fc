import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EventListResponse, NextEventResponse } from '../../../shared/wire';
import { eventToICalendar, type CalendarMeeting } from '../feeds/icalendar';
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

    /** One meeting, or a whole series, as an iCalendar file. */
    async calendarEntry(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      sendCalendar(ctx, slug, baseUrl, await service('public-event').calendarEntry(slug, locale, baseUrl));
    },

    /** One occurrence of a series as an iCalendar file: `/events/:slug/:date.ics`. */
    async occurrenceEntry(ctx: Context) {
      const { slug, date } = parseParams('occurrence', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      sendCalendar(ctx, `${slug}-${date}`, baseUrl, { event: await service('public-event').occurrence(slug, date, locale, baseUrl) });
    },
  };

  function sendCalendar(ctx: Context, fileName: string, baseUrl: string, meeting: CalendarMeeting) {
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="${fileName}.ics"`);
    ctx.body = eventToICalendar(meeting, {
      name: meeting.event.title,
      url: meeting.event.ics,
      uidDomain: new URL(baseUrl).hostname,
      stamp: service('clock').now(),
    });
  }
};

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PublicAnswers } from 'treffpunkt-shared/public-routes';
import { eventToICalendar, type CalendarMeeting } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  function sendCalendar(ctx: Context, fileName: string, baseUrl: string, meeting: CalendarMeeting) {
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="${fileName}.ics"`);
    ctx.body = eventToICalendar(meeting, {
      name: meeting.event.title,
      url: meeting.event.ics,
      uidDomain: new URL(baseUrl).hostname,
      stamp: service('clock').now(),
    }) satisfies PublicAnswers['eventCalendar'];
  }

  return {
    async next(ctx: Context) {
      const data = await service('events').next(parseParams('nextEvent', ctx.query), publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies PublicAnswers['nextEvent'];
    },

    async upcoming(ctx: Context) {
      ctx.body = (await service('events').upcoming(
        parseParams('events', ctx.query),
        publicBaseUrl(strapi, ctx),
      )) satisfies PublicAnswers['events'];
    },

    /** One meeting, or a whole series, as an iCalendar file. */
    async calendarEntry(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      sendCalendar(ctx, slug, baseUrl, await service('events').calendarEntry(slug, locale, baseUrl));
    },

    /** One occurrence of a series as an iCalendar file. */
    async occurrenceEntry(ctx: Context) {
      const { slug, date } = parseParams('occurrence', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      sendCalendar(ctx, `${slug}-${date}`, baseUrl, { event: await service('events').occurrence(slug, date, locale, baseUrl) });
    },
  };
};

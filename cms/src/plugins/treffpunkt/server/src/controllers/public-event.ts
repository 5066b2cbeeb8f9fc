import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { eventToICalendar, type CalendarMeeting } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { publicAnswers } from '../reads/public-answers';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;
  const answers = publicAnswers(strapi);

  return {
    async next(ctx: Context) {
      ctx.body = await answers.nextEvent(ctx.query, publicBaseUrl(strapi, ctx));
    },

    async upcoming(ctx: Context) {
      ctx.body = await answers.events(ctx.query, publicBaseUrl(strapi, ctx));
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

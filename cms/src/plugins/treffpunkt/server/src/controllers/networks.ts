import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { EVENT_KIND_LABELS } from 'treffpunkt-shared/labels';
import type { PublicAnswers } from 'treffpunkt-shared/public-routes';
import { LIMIT_RANGE } from 'treffpunkt-shared/widget-options';
import { DEFAULT_LOCALE } from 'treffpunkt-shared/wire';
import { reportsToAtom } from '../feeds/atom';
import { eventsToICalendar } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { reportPageUrl } from '../urls/pages';
import { networkCalendarUrl, publicBaseUrl } from '../urls/public-urls';
import { parseParams, type CalendarParams } from '../validation/public-queries';

/**
 * The calendar's name in the visitor's calendar app: the network's, and what it was narrowed to.
 * No commas: calendar apps show the escaped one of an X-WR-CALNAME as it is.
 */
function calendarName(network: string, { kind, tag, locale }: CalendarParams): string {
  const narrowed = [...(kind ?? []).map((value) => EVENT_KIND_LABELS[locale][value]), ...(tag ? [`#${tag}`] : [])];
  return narrowed.length > 0 ? `${network} (${narrowed.join(' · ')})` : network;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  return {
    /** What another Treffpunkt reads to mirror the network; Last-Modified is the latest change it covers. */
    async sync(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const params = parseParams('networkSync', ctx.query);
      const answer = await service('network-sync').answer(slug, params, publicBaseUrl(strapi, ctx));
      ctx.set('Last-Modified', new Date(answer.meta.until).toUTCString());
      ctx.body = answer satisfies PublicAnswers['networkSync'];
    },

    async profile(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const data = await service('networks').profile(slug, locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies PublicAnswers['network'];
    },

    /** The network's meetings as a calendar to subscribe to, narrowed as the widget that offers it is. */
    async calendar(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const params = parseParams('calendar', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const network = await service('networks').profile(slug, params.locale, baseUrl);
      const events = await service('events').calendar(slug, params, baseUrl);
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.set('Content-Disposition', `inline; filename="${slug}.ics"`);
      ctx.body = eventsToICalendar(events, {
        name: calendarName(network.name, params),
        description: network.shortDescription ?? undefined,
        url: networkCalendarUrl(baseUrl, slug, params),
        uidDomain: new URL(baseUrl).hostname,
        stamp: service('clock').now(),
      }) satisfies PublicAnswers['networkCalendar'];
    },

    /** The network's newest reports in full, as Atom. */
    async reportFeed(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const network = await service('networks').profile(slug, locale, baseUrl);
      const newest = { network: [slug], limit: LIMIT_RANGE.max, page: 1, locale };
      const { data } = await service('reports').listInFull(newest, baseUrl);
      ctx.type = 'application/atom+xml; charset=utf-8';
      ctx.body = reportsToAtom(data, {
        network,
        feedUrl: network.feeds.reports,
        siteUrl: network.url,
        entryId: (report) => reportPageUrl(baseUrl, report.network.slug, report.slug, DEFAULT_LOCALE),
        locale,
        now: service('clock').now(),
      }) satisfies PublicAnswers['networkReportFeed'];
    },
  };
};

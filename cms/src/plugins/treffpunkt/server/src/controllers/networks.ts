import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PublicAnswers } from 'treffpunkt-shared/public-routes';
import { LIMIT_RANGE } from 'treffpunkt-shared/widget-options';
import { DEFAULT_LOCALE } from 'treffpunkt-shared/wire';
import { reportsToAtom } from '../feeds/atom';
import { eventsToICalendar } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { reportPageUrl } from '../urls/pages';
import { publicBaseUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  return {
    async profile(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const data = await service('networks').profile(slug, locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies PublicAnswers['network'];
    },

    async calendar(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const network = await service('networks').profile(slug, locale, baseUrl);
      const events = await service('events').calendar(slug, locale, baseUrl);
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.set('Content-Disposition', `inline; filename="${slug}.ics"`);
      ctx.body = eventsToICalendar(events, {
        name: network.name,
        description: network.shortDescription ?? undefined,
        url: network.feeds.calendar,
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

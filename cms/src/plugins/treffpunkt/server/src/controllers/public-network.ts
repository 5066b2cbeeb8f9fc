import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { NetworkResponse } from 'treffpunkt-shared/wire';
import { reportsToAtom } from '../feeds/atom';
import { eventsToICalendar } from '../feeds/icalendar';
import { treffpunkt } from '../plugin';
import { publicBaseUrl, reportUrl } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

const FEED_LENGTH = 20;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  return {
    async profile(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const data = await service('public-network').profile(slug, locale, publicBaseUrl(strapi, ctx));
      ctx.body = { data } satisfies NetworkResponse;
    },

    async calendar(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const network = await service('public-network').profile(slug, locale, baseUrl);
      const events = await service('public-event').calendar(slug, locale, baseUrl);
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.set('Content-Disposition', `inline; filename="${slug}.ics"`);
      ctx.body = eventsToICalendar(events, {
        name: network.name,
        description: network.shortDescription ?? undefined,
        url: network.feeds.calendar,
        uidDomain: new URL(baseUrl).hostname,
        stamp: service('clock').now(),
      });
    },

    async reportFeed(ctx: Context) {
      const { slug } = parseParams('slug', ctx.params);
      const { locale } = parseParams('localeOnly', ctx.query);
      const baseUrl = publicBaseUrl(strapi, ctx);
      const network = await service('public-network').profile(slug, locale, baseUrl);
      const { data } = await service('public-report').latest({ networks: [slug], limit: FEED_LENGTH, page: 1, locale }, baseUrl);
      ctx.type = 'application/atom+xml; charset=utf-8';
      ctx.body = reportsToAtom(data, {
        network,
        feedUrl: network.feeds.reports,
        siteUrl: network.website ?? baseUrl,
        reportUrl: (reportSlug) => reportUrl(baseUrl, reportSlug),
        locale,
        now: service('clock').now(),
      });
    },
  };
};

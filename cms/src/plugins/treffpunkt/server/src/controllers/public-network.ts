import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { NetworkResponse } from '../../../shared/wire';
import { eventsToICalendar, reportsToAtom } from '../services/feeds';
import { parseParams } from '../validation/public-queries';
import { publicBaseUrl, treffpunktService } from './public-context';
import { reportUrl } from '../services/public-urls';

const FEED_LENGTH = 20;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async profile(ctx: Context) {
    const { slug } = parseParams('slug', ctx.params);
    const { locale } = parseParams('localeOnly', ctx.query);
    const data = await treffpunktService(strapi, 'public-network').profile(slug, locale, publicBaseUrl(strapi, ctx));
    ctx.body = { data } satisfies NetworkResponse;
  },

  async calendar(ctx: Context) {
    const { slug } = parseParams('slug', ctx.params);
    const { locale } = parseParams('localeOnly', ctx.query);
    const baseUrl = publicBaseUrl(strapi, ctx);
    const network = await treffpunktService(strapi, 'public-network').profile(slug, locale, baseUrl);
    const events = await treffpunktService(strapi, 'public-event').calendar(slug, locale, baseUrl);
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', `inline; filename="${slug}.ics"`);
    ctx.body = eventsToICalendar(events, {
      name: network.name,
      description: network.shortDescription ?? undefined,
      url: network.feeds.calendar,
      uidDomain: new URL(baseUrl).hostname,
    });
  },

  async reportFeed(ctx: Context) {
    const { slug } = parseParams('slug', ctx.params);
    const { locale } = parseParams('localeOnly', ctx.query);
    const baseUrl = publicBaseUrl(strapi, ctx);
    const network = await treffpunktService(strapi, 'public-network').profile(slug, locale, baseUrl);
    const { data } = await treffpunktService(strapi, 'public-report').latest(
      { networks: [slug], limit: FEED_LENGTH, page: 1, locale },
      baseUrl,
    );
    ctx.type = 'application/atom+xml; charset=utf-8';
    ctx.body = reportsToAtom(data, {
      network,
      feedUrl: network.feeds.reports,
      siteUrl: network.website ?? baseUrl,
      reportUrl: (reportSlug) => reportUrl(baseUrl, reportSlug),
      locale,
    });
  },
});

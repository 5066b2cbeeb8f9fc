import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EventListResponse, NextEventResponse } from '../../../shared/wire';
import { eventToICalendar } from '../services/feeds';
import { parseParams } from '../validation/public-queries';
import { publicBaseUrl, treffpunktService } from './public-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async next(ctx: Context) {
    const params = parseParams('nextEvent', ctx.query);
    const networks = await treffpunktService(strapi, 'public-network').resolveSlugs(params.network, Boolean(params.include));
    const data = await treffpunktService(strapi, 'public-event').next(networks, params.locale, publicBaseUrl(strapi, ctx));
    ctx.body = { data } satisfies NextEventResponse;
  },

  async upcoming(ctx: Context) {
    const params = parseParams('events', ctx.query);
    const networks = await treffpunktService(strapi, 'public-network').resolveSlugs(params.network, Boolean(params.include));
    ctx.body = (await treffpunktService(strapi, 'public-event').upcoming(
      { networks, limit: params.limit, page: params.page, locale: params.locale },
      publicBaseUrl(strapi, ctx),
    )) satisfies EventListResponse;
  },

  async calendarEntry(ctx: Context) {
    const { slug } = parseParams('slug', ctx.params);
    const { locale } = parseParams('localeOnly', ctx.query);
    const baseUrl = publicBaseUrl(strapi, ctx);
    const event = await treffpunktService(strapi, 'public-event').bySlug(slug, locale, baseUrl);
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="${slug}.ics"`);
    ctx.body = eventToICalendar(event, { name: event.title, url: event.ics, uidDomain: new URL(baseUrl).hostname });
  },
});

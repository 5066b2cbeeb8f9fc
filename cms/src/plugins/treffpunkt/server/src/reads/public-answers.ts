/**
 * The public API's list answers, from the raw query: checked at the edge (a 400 naming the
 * parameter), the networks resolved (a 404 for an unknown one), then the services. The public
 * controllers send them; the embed pages render the same answer into the page.
 */
import type { Core } from '@strapi/strapi';
import type { EventListResponse, NextEventResponse, ReportListResponse } from 'treffpunkt-shared/wire';
import { notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { API_PREFIX } from '../urls/public-urls';
import { parseParams } from '../validation/public-queries';

export function publicAnswers(strapi: Core.Strapi) {
  const service = treffpunkt(strapi).service;
  const networksOf = (params: { network: string[]; include?: string }) =>
    service('public-network').resolveSlugs(params.network, Boolean(params.include));

  const answers = {
    async reports(query: unknown, baseUrl: string): Promise<ReportListResponse> {
      const params = parseParams('reports', query);
      const networks = await networksOf(params);
      return service('public-report').latest(
        { networks, tag: params.tag, limit: params.limit, page: params.page, locale: params.locale },
        baseUrl,
      );
    },

    async nextEvent(query: unknown, baseUrl: string): Promise<NextEventResponse> {
      const params = parseParams('nextEvent', query);
      return { data: await service('public-event').next(await networksOf(params), params.locale, baseUrl) };
    },

    async events(query: unknown, baseUrl: string): Promise<EventListResponse> {
      const params = parseParams('events', query);
      const networks = await networksOf(params);
      return service('public-event').upcoming({ networks, limit: params.limit, page: params.page, locale: params.locale }, baseUrl);
    },
  };

  const byPath: Record<string, (query: unknown, baseUrl: string) => Promise<unknown>> = {
    [`${API_PREFIX}/reports`]: answers.reports,
    [`${API_PREFIX}/events/next`]: answers.nextEvent,
    [`${API_PREFIX}/events`]: answers.events,
  };

  return {
    ...answers,
    /** The answer to one of these lists' URLs (an element's first request), as the route would give it. */
    byUrl(url: string, baseUrl: string): Promise<unknown> {
      const { pathname, searchParams } = new URL(url);
      const answer = byPath[pathname];
      if (!answer) throw notFound(`No public list answers ${pathname}.`);
      return answer(Object.fromEntries(searchParams), baseUrl);
    },
  };
}

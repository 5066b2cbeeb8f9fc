/**
 * The answer to an element's first request (a list's first page, or the next meeting), as its
 * route would give it: an embed page renders the element with it, and writes it into the page
 * so the element does not ask again.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_ROUTES, publicPath, type FirstRequestRoute, type PublicAnswers } from 'treffpunkt-shared/public-routes';
import { notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { parseParams } from '../validation/public-queries';

type FirstAnswers = { [Route in FirstRequestRoute]: (query: unknown, baseUrl: string) => Promise<PublicAnswers[Route]> };

export function firstAnswers(strapi: Core.Strapi) {
  const service = treffpunkt(strapi).service;
  const answers: FirstAnswers = {
    reports: (query, baseUrl) => service('reports').list(parseParams('reports', query), baseUrl),
    nextEvent: async (query, baseUrl) => ({ data: await service('events').next(parseParams('nextEvent', query), baseUrl) }),
    events: (query, baseUrl) => service('events').upcoming(parseParams('events', query), baseUrl),
  };
  const byPath = new Map(Object.entries(answers).map(([route, answer]) => [publicPath(PUBLIC_ROUTES[route as FirstRequestRoute]), answer]));

  /** The answer to `url`, an element's first request; its parameters are checked as the route checks them. */
  return function firstAnswer(url: string, baseUrl: string): Promise<unknown> {
    const { pathname, searchParams } = new URL(url);
    const answer = byPath.get(pathname);
    if (!answer) throw notFound(`No public list answers ${pathname}.`);
    return answer(Object.fromEntries(searchParams), baseUrl);
  };
}

/**
 * The public pages (/treffpunkt/n/…): a network's with its archive, a report's, a meeting's, a
 * series date's; and the sitemap. Each page's content comes from the pages service, its body
 * from the widgets' server renderer, its head from pages/public-page.ts. An address that shows
 * nothing is a 404 page in the visitor's language (leading to the network's page where the
 * network is known), a wrong parameter a 400 page naming it. Answers are cached and revalidated
 * like the public API's (middlewares/public-http.ts); the pages' headers are
 * middlewares/public-page.ts's.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { toLocale } from 'treffpunkt-shared/locales';
import type { PageContent } from 'treffpunkt-shared/public-pages';
import type { Locale } from 'treffpunkt-shared/wire';
import { notFound, PublicApiError } from '../http/errors';
import { elementRenderer } from '../pages/element-renderer';
import { problemPage, publicPage, type Problem } from '../pages/public-page';
import { sitemapXml } from '../pages/sitemap';
import { treffpunkt } from '../plugin';
import type { Moved } from '../services/pages';
import { networkPageUrl } from '../urls/pages';
import { publicBaseUrl } from '../urls/public-urls';
import { isSlug, parseNetworkPageQuery, parsePageQuery } from '../validation/page-queries';

const HTML_TYPE = 'text/html; charset=utf-8';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A path's segments that name no document: the address shows nothing. */
function checkSegments(ctx: Context, names: string[]) {
  const wrong = names.find((name) => !(name === 'date' ? DATE.test(ctx.params[name]) : isSlug(ctx.params[name])));
  if (wrong) throw notFound(`Nothing is published at ${ctx.path}.`, wrong);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;

  async function send(ctx: Context, content: PageContent | Moved, baseUrl: string) {
    if ('moved' in content) {
      ctx.redirect(content.moved);
      ctx.status = 301;
      return;
    }
    const renderer = await elementRenderer();
    ctx.type = HTML_TYPE;
    ctx.body = publicPage(content, await renderer.renderPage(content), renderer.pageStyles, baseUrl);
  }

  /** The network's page to lead to from a 404, when the network is published. */
  async function networkLink(slug: string, locale: Locale, baseUrl: string): Promise<Problem['network']> {
    const found = await service('networks')
      .profile(slug, locale, baseUrl)
      .catch(() => null);
    return found ? { slug: found.slug, name: found.name, url: networkPageUrl(baseUrl, found.slug, locale) } : undefined;
  }

  async function problem(ctx: Context, error: unknown, baseUrl: string) {
    const locale = toLocale(ctx.query.lang);
    const known = error instanceof PublicApiError && (error.status === 400 || error.status === 404) ? error : null;
    if (!known) strapi.log.error(`treffpunkt: ${ctx.url} failed`, error);
    const status = (known?.status ?? 500) as Problem['status'];
    const network = status === 404 && isSlug(ctx.params.network) ? await networkLink(ctx.params.network, locale, baseUrl) : undefined;
    ctx.status = status;
    ctx.type = HTML_TYPE;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = problemPage(locale, { status, parameter: known?.parameter, message: known?.message, network });
  }

  /** Answers with the page `content` builds, or with the problem. */
  async function answer(ctx: Context, segments: string[], content: (baseUrl: string) => Promise<PageContent | Moved>) {
    const baseUrl = publicBaseUrl(strapi, ctx);
    try {
      checkSegments(ctx, segments);
      await send(ctx, await content(baseUrl), baseUrl);
    } catch (error) {
      await problem(ctx, error, baseUrl);
    }
  }

  return {
    network: (ctx: Context) =>
      answer(ctx, ['network'], (baseUrl) => {
        const { lang, filters } = parseNetworkPageQuery(ctx.query);
        return service('pages').network(ctx.params.network, filters, lang, baseUrl);
      }),

    report: (ctx: Context) =>
      answer(ctx, ['network', 'slug'], (baseUrl) =>
        service('pages').report(ctx.params.network, ctx.params.slug, parsePageQuery(ctx.query).lang, baseUrl),
      ),

    meeting: (ctx: Context) =>
      answer(ctx, ['network', 'slug'], (baseUrl) =>
        service('pages').meeting(ctx.params.network, ctx.params.slug, null, parsePageQuery(ctx.query).lang, baseUrl),
      ),

    occurrence: (ctx: Context) =>
      answer(ctx, ['network', 'slug', 'date'], (baseUrl) =>
        service('pages').meeting(ctx.params.network, ctx.params.slug, ctx.params.date, parsePageQuery(ctx.query).lang, baseUrl),
      ),

    async sitemap(ctx: Context) {
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = sitemapXml(await service('pages').sitemap(publicBaseUrl(strapi, ctx)));
    },
  };
};

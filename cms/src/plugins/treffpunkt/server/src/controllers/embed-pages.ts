/**
 * The embed pages, for websites that allow no script (hosted site builders, locked-down CMSs):
 * `<iframe src="https://CMS/treffpunkt/embed/latest-reports?network=jetzt">`. Each page is the
 * widget itself, rendered on the server with the API's answer (content without JavaScript, and at
 * once), then hydrated by its script. Options are the element's attributes as query parameters;
 * a wrong one is a 400 page that names it, an unknown network a 404 page. Answers are cached and
 * revalidated like the public API's (middlewares/public-http.ts); the frame's headers are
 * middlewares/embed-frame.ts's.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { toLocale } from 'treffpunkt-shared/locales';
import { versionedWidgetPath } from 'treffpunkt-shared/public-routes';
import { embedFrameHeightPx, tagName, type WidgetKind } from 'treffpunkt-shared/widget-options';
import type { Locale } from 'treffpunkt-shared/wire';
import { PublicApiError } from '../http/errors';
import { elementRenderer } from '../pages/element-renderer';
import { embedPage, embedProblemPage } from '../pages/embed';
import { firstAnswers } from '../pages/first-answer';
import { treffpunkt } from '../plugin';
import { oembedUrl, publicBaseUrl } from '../urls/public-urls';
import { parseEmbedOptions } from '../validation/embed-options';

const HTML_TYPE = 'text/html; charset=utf-8';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const firstAnswer = firstAnswers(strapi);

  async function render(ctx: Context, widget: WidgetKind) {
    const options = parseEmbedOptions(widget, ctx.query);
    const baseUrl = publicBaseUrl(strapi, ctx);
    const attributes = { ...options.attributes, api: baseUrl };
    const [renderer, release] = await Promise.all([elementRenderer(), treffpunkt(strapi).service('widget-files').current()]);
    const tag = tagName(widget);
    const request = renderer.firstRequest(tag, attributes);
    const answer = await firstAnswer(request, baseUrl);
    ctx.type = HTML_TYPE;
    ctx.body = embedPage({
      widget,
      locale: options.lang,
      target: options.target,
      theme: options.theme,
      element: await renderer.renderElement(tag, attributes, answer),
      answers: { [request]: answer },
      script: versionedWidgetPath(release.version, 'widgets-embed.js'),
      frameHeight: embedFrameHeightPx(widget, options.layout, options.limit),
      oembed: oembedUrl(baseUrl, `${baseUrl}${ctx.path}${ctx.search}`),
    });
  }

  function problem(ctx: Context, locale: Locale, error: unknown) {
    const known = error instanceof PublicApiError && (error.status === 400 || error.status === 404);
    if (!known) strapi.log.error(`treffpunkt: ${ctx.url} failed`, error);
    const status = known ? (error.status as 400 | 404) : 500;
    ctx.status = status;
    ctx.type = HTML_TYPE;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = embedProblemPage(locale, status, known ? error.message : '');
  }

  return {
    /** `/treffpunkt/embed/:widget`: the route allows only the widgets' names. */
    async page(ctx: Context) {
      try {
        await render(ctx, ctx.params.widget as WidgetKind);
      } catch (error) {
        problem(ctx, toLocale(ctx.query.lang), error);
      }
    },
  };
};

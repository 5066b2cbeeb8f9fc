/**
 * The embed pages, for websites that allow no script (hosted site builders, locked-down CMSs):
 * `<iframe src="https://CMS/treffpunkt/embed/latest-reports?network=jetzt">`. Each page is
 * the widget itself, rendered on the server with the API's answer (content without JavaScript,
 * and at once), then hydrated by its script. Options are the element's attributes as query
 * parameters; a wrong one is a 400 page that names it, an unknown network a 404 page.
 *
 * Answers are cached and revalidated like the public API's (public-http); any website may
 * frame the pages, or the configured ones (`frameAncestors`).
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { embedFrameHeightPx, EMBED_PATH, tagName, WIDGETS, type WidgetKind } from 'treffpunkt-shared/widget-options';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { PublicApiError } from '../http/errors';
import { elementRenderer } from '../pages/element-renderer';
import { embedPage, embedProblemPage } from '../pages/embed-page';
import { publicAnswers } from '../reads/public-answers';
import { publicBaseUrl } from '../urls/public-urls';
import { parseEmbedOptions } from '../validation/embed-options';
import { currentRelease, versionedPath } from './widget-assets';

const HTML_TYPE = 'text/html; charset=utf-8';

export function serveEmbedPages(strapi: Core.Strapi) {
  const answers = publicAnswers(strapi);

  /** On every answer, also one from the cache: framing allowed, everything else from the CMS only. */
  async function frameHeaders(ctx: Context, next: Next) {
    await next();
    const ancestors = treffpunktConfig(strapi).frameAncestors;
    ctx.remove('X-Frame-Options');
    // Strapi's CORS answers every request; a page has nothing to share with scripts of other sites.
    ctx.remove('Access-Control-Allow-Origin');
    ctx.remove('Access-Control-Allow-Credentials');
    ctx.set(
      'Content-Security-Policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        // The element's styles come with its declarative shadow root, as <style> elements.
        "style-src 'unsafe-inline'",
        `img-src 'self' https: data:`,
        `connect-src 'self' ${publicBaseUrl(strapi, ctx)}`,
        `frame-ancestors ${ancestors.includes('*') ? '*' : ancestors.join(' ')}`,
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
  }

  async function render(ctx: Context, widget: WidgetKind) {
    const options = parseEmbedOptions(widget, ctx.query);
    const baseUrl = publicBaseUrl(strapi, ctx);
    const attributes = { ...options.attributes, api: baseUrl };
    const [renderer, release] = await Promise.all([elementRenderer(), currentRelease()]);
    const tag = tagName(widget);
    const request = renderer.firstRequest(tag, attributes);
    const answer = await answers.byUrl(request, baseUrl);
    ctx.type = HTML_TYPE;
    ctx.body = embedPage({
      widget,
      locale: options.lang,
      target: options.target,
      theme: options.theme,
      element: await renderer.renderElement(tag, attributes, answer),
      answers: { [request]: answer },
      script: versionedPath(release.version, 'widgets-embed.js'),
      frameHeight: embedFrameHeightPx(widget, options.layout, options.limit),
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

  strapi.server.routes(
    WIDGETS.map((widget) => ({
      method: 'GET',
      path: `${EMBED_PATH}/${widget}`,
      async handler(ctx: Context) {
        try {
          await render(ctx, widget);
        } catch (error) {
          problem(ctx, ctx.query.lang === 'en' ? 'en' : DEFAULT_LOCALE, error);
        }
      },
      config: { auth: false, middlewares: [frameHeaders, 'plugin::treffpunkt.public-http'] },
    })) as never,
  );
}

/**
 * The preview page and the token-scoped mirror of the public API the widgets on it read:
 * `/treffpunkt/preview/:token/api/treffpunkt/…` answers like `/api/treffpunkt/…`, but only
 * with the one document the token names, draft included. Nothing here is cached or indexed.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { previewPagePath } from 'treffpunkt-shared/admin-api';
import type { NextEventResponse, ReportListResponse, ReportResponse } from 'treffpunkt-shared/wire';
import { expiredPage, previewPage, PREVIEW_PAGE_SCRIPT } from '../pages/preview';
import { treffpunkt } from '../plugin';
import type { PreviewContent, PreviewGrant } from '../services/admin-preview';
import { publicBaseUrl } from '../urls/public-urls';

const previewService = (strapi: Core.Strapi) => treffpunkt(strapi).service('admin-preview');

function privateAnswer(ctx: Context) {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex');
  ctx.set('Referrer-Policy', 'no-referrer');
}

function jsonError(ctx: Context, status: 403 | 404, message: string) {
  ctx.status = status;
  ctx.body = { error: { status, name: status === 403 ? 'Forbidden' : 'NotFound', message } };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  function grantOf(ctx: Context): PreviewGrant | null {
    privateAnswer(ctx);
    return previewService(strapi).verify(String(ctx.params.token ?? ''));
  }

  /** The token's document for the API routes; answers 403 itself when the token is not valid (any more). */
  async function contentFor(ctx: Context): Promise<{ grant: PreviewGrant; content: PreviewContent } | null> {
    const grant = grantOf(ctx);
    if (!grant) {
      jsonError(ctx, 403, 'This preview link is not valid or has expired; open the preview again in the admin.');
      return null;
    }
    return { grant, content: await previewService(strapi).content(grant, publicBaseUrl(strapi, ctx)) };
  }

  return {
    async page(ctx: Context) {
      const grant = grantOf(ctx);
      ctx.type = 'text/html; charset=utf-8';
      if (!grant) {
        ctx.status = 403;
        ctx.body = expiredPage();
        return;
      }
      const content = await previewService(strapi).content(grant, publicBaseUrl(strapi, ctx));
      const apiBase = previewPagePath(ctx.params.token);
      ctx.body = previewPage(content, { apiBase, locale: grant.locale, status: grant.status });
    },

    script(ctx: Context) {
      ctx.type = 'text/javascript; charset=utf-8';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = PREVIEW_PAGE_SCRIPT;
    },

    async reports(ctx: Context) {
      const found = await contentFor(ctx);
      if (!found) return;
      const data = found.content.kind === 'report' ? [found.content.report] : [];
      ctx.body = {
        data,
        meta: { page: 1, pageSize: 1, pageCount: 1, total: data.length, locale: found.grant.locale },
      } satisfies ReportListResponse;
    },

    /** Any slug: the preview has one report, and a draft's slug may still change. */
    async report(ctx: Context) {
      const found = await contentFor(ctx);
      if (!found) return;
      if (found.content.kind !== 'report') return jsonError(ctx, 404, 'This preview shows no report.');
      ctx.body = { data: found.content.report } satisfies ReportResponse;
    },

    async nextEvent(ctx: Context) {
      const found = await contentFor(ctx);
      if (!found) return;
      ctx.body = { data: found.content.kind === 'event' ? found.content.event : null } satisfies NextEventResponse;
    },
  };
};

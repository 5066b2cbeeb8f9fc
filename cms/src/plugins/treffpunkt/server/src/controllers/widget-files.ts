/**
 * What a site owner pastes: `<link rel="stylesheet" href="https://CMS/treffpunkt/widgets.css">`
 * and `<script type="module" src="https://CMS/treffpunkt/widgets.js">`. Each file of the current
 * release is served under two addresses:
 * - /treffpunkt/<file>: cached briefly, so a new release reaches every website within minutes;
 * - /treffpunkt/v/<version>/<file>: the same file under the release's version, cached forever,
 *   for pages that pin a release (the embed pages do).
 * widgets.js loads its second file relative to its own address, so both come from one release.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { versionedWidgetPath, WIDGET_RELEASE_PATH, WIDGET_SCRIPT_PATH, WIDGET_STYLESHEET_PATH } from 'treffpunkt-shared/public-routes';
import { sendRepresentation } from '../http/encodings';
import { treffpunkt } from '../plugin';
import type { WidgetFile } from '../services/widget-files';

const STABLE_MAX_AGE = 300;
const IMMUTABLE = 'public, max-age=31536000, immutable';

function notBuilt(ctx: Context) {
  ctx.status = 503;
  ctx.body =
    'The Treffpunkt widgets are missing from the plugin package: build it (`npm run build` in strapi-plugin-treffpunkt) and restart.';
}

function sendFile(ctx: Context, file: WidgetFile, cacheControl: string) {
  ctx.type = file.type;
  ctx.set('Cache-Control', cacheControl);
  // Module scripts and stylesheets from another origin are fetched with CORS; any website may load them.
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.remove('Access-Control-Allow-Credentials');
  sendRepresentation(ctx, file);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const files = () => treffpunkt(strapi).service('widget-files');

  /** One file of the current release; of a given version only while that version is the current one. */
  async function send(ctx: Context, version: string | null) {
    const release = await files().found();
    if (!release) return notBuilt(ctx);
    const file = release.files.get(ctx.params.file);
    if (!file || (version !== null && version !== release.version)) {
      ctx.status = 404;
      ctx.body = `This file of the Treffpunkt widgets is not served here; use ${WIDGET_SCRIPT_PATH} (see ${WIDGET_RELEASE_PATH}).`;
      return;
    }
    sendFile(ctx, file, version === null ? `public, max-age=${STABLE_MAX_AGE}` : IMMUTABLE);
  }

  return {
    stable: (ctx: Context) => send(ctx, null),
    versioned: (ctx: Context) => send(ctx, ctx.params.version),

    /** Which release this instance serves, and its versioned addresses. */
    async release(ctx: Context) {
      const release = await files().found();
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = {
        stable: { script: WIDGET_SCRIPT_PATH, stylesheet: WIDGET_STYLESHEET_PATH },
        versioned: release && {
          script: versionedWidgetPath(release.version, 'widgets.js'),
          stylesheet: versionedWidgetPath(release.version, 'widgets.css'),
        },
      };
    },
  };
};

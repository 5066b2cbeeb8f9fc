/**
 * What a site owner pastes: `<script type="module" src="https://CMS/treffpunkt/widgets.js">`.
 * The stable URL is cached briefly, so a new release reaches every website within minutes; the
 * versioned URL (its name carries a hash of the content) may be cached forever.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { matchesEtag } from '../http/etag';

const STABLE_MAX_AGE = 300;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Asset {
  body: Buffer;
  etag: string;
  version: string;
}

export function serveWidgets(strapi: Core.Strapi) {
  const widgetsDir = path.resolve(strapi.dirs.app.root, '..', 'widgets');
  const files = {
    bundle: path.join(widgetsDir, 'dist', 'treffpunkt-widgets.js'),
    demo: path.join(widgetsDir, 'demo', 'index.html'),
  };
  const loaded = new Map<string, Promise<Asset>>();

  /** Read once per process: a deployment builds the bundle before it starts Strapi. */
  function asset(file: string): Promise<Asset> {
    let promise = loaded.get(file);
    if (!promise) {
      promise = readFile(file).then((body) => {
        const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
        return { body, version, etag: `"${version}"` };
      });
      promise.catch(() => loaded.delete(file));
      loaded.set(file, promise);
    }
    return promise;
  }

  async function send(ctx: Context, file: string, type: string, cacheControl: string) {
    let found: Asset;
    try {
      found = await asset(file);
    } catch {
      ctx.status = 503;
      ctx.body = 'The Treffpunkt widgets are not built yet: run `npm run build:widgets` and restart.';
      return;
    }
    ctx.type = type;
    ctx.set('Cache-Control', cacheControl);
    ctx.set('ETag', found.etag);
    // A module script from another origin is fetched with CORS; any website may load the widgets.
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.remove('Access-Control-Allow-Credentials');
    ctx.status = 200;
    if (matchesEtag(ctx.get('If-None-Match'), found.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.body = found.body;
  }

  const route = (routePath: string, handler: (ctx: Context) => Promise<void>) => ({
    method: 'GET',
    path: routePath,
    handler,
    config: { auth: false },
  });

  strapi.server.routes([
    route('/treffpunkt/widgets.js', (ctx) =>
      send(ctx, files.bundle, 'text/javascript; charset=utf-8', `public, max-age=${STABLE_MAX_AGE}`),
    ),
    route('/treffpunkt/widgets-:version.js', async (ctx) => {
      const current = await asset(files.bundle).catch(() => null);
      if (!current || ctx.params.version !== current.version) {
        ctx.status = 404;
        ctx.body = 'This version of the Treffpunkt widgets is not served here; use /treffpunkt/widgets.js.';
        return;
      }
      await send(ctx, files.bundle, 'text/javascript; charset=utf-8', IMMUTABLE);
    }),
    route('/treffpunkt/widgets.json', async (ctx) => {
      const current = await asset(files.bundle).catch(() => null);
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = { stable: '/treffpunkt/widgets.js', versioned: current && `/treffpunkt/widgets-${current.version}.js` };
    }),
    route('/treffpunkt/demo', (ctx) => send(ctx, files.demo, 'text/html; charset=utf-8', 'no-cache')),
  ] as never);
}

/**
 * What a site owner pastes: `<link rel="stylesheet" href="https://CMS/treffpunkt/widgets.css">`
 * and `<script type="module" src="https://CMS/treffpunkt/widgets.js">`. The widgets' files are
 * served from one folder, under two addresses:
 * - /treffpunkt/<file>: the current release, cached briefly, so a new one reaches every website
 *   within minutes;
 * - /treffpunkt/v/<version>/<file>: the same files under the release's version (a hash of them),
 *   cached forever, for sites that pin a release.
 * widgets.js loads its second file (a visitor's first click) relative to its own address, so
 * both come from the same release.
 *
 * Each file is compressed once, as the release is read (brotli, else gzip, as the browser
 * accepts): a phone on a mobile network gets the 11 KB the size budget counts, not the 32 KB
 * the bundle has uncompressed, and no request costs compression time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ENCODINGS, sendRepresentation, type Encoding, type Representations } from '../http/encodings';

const STABLE_MAX_AGE = 300;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Once per release, so as small as the encodings can make them. */
const COMPRESS_MOST: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

interface Asset extends Representations {
  body: Buffer;
  type: string;
}

interface Release {
  version: string;
  files: Map<string, Asset>;
}

async function readAsset(file: string): Promise<Asset> {
  const body = await readFile(file);
  return { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`, type: TYPES[path.extname(file)] };
}

async function compressed(asset: Asset): Promise<Asset> {
  const bodies = await Promise.all(ENCODINGS.map((encoding) => COMPRESS_MOST[encoding](asset.body)));
  return { ...asset, encoded: (encoding) => bodies[ENCODINGS.indexOf(encoding)] };
}

/** The built files (widgets.js, widgets.css, widgets-*.js) and the version that names them together. */
async function readRelease(dist: string): Promise<Release> {
  const names = (await readdir(dist)).filter((name) => /^widgets[\w.-]*\.(js|css)$/.test(name)).sort();
  if (!names.includes('widgets.js')) throw new Error('widgets.js is missing');
  const files = new Map(
    await Promise.all(names.map(async (name) => [name, await compressed(await readAsset(path.join(dist, name)))] as const)),
  );
  const version = createHash('sha256');
  for (const [name, asset] of files) version.update(name).update(asset.body);
  return { version: version.digest('hex').slice(0, 12), files };
}

/**
 * The package's own copies (see scripts/copy-widgets.mjs), beside the built server code: Strapi
 * loads the plugin's CommonJS build, dist/server/index.js.
 */
export const PACKAGE_DIST = path.resolve(__dirname, '..');

let release: Promise<Release> | undefined;

/** The widgets' release, read once per process: a deployment builds the widgets before it starts Strapi. */
export function currentRelease(): Promise<Release> {
  release ??= readRelease(path.join(PACKAGE_DIST, 'widgets'));
  release.catch(() => (release = undefined));
  return release;
}

/** Where a file of the current release is served for good: pages that load it get the matching copy. */
export const versionedPath = (version: string, file: string) => `/treffpunkt/v/${version}/${file}`;

export function serveWidgets(strapi: Core.Strapi) {
  const demoPage = path.join(PACKAGE_DIST, 'demo', 'site.html');
  // Read and compressed while Strapi starts, not when the first visitor asks.
  void currentRelease();
  let demo: Promise<Asset> | undefined;

  function notBuilt(ctx: Context) {
    ctx.status = 503;
    ctx.body =
      'The Treffpunkt widgets are missing from the plugin package: build it (`npm run build` in strapi-plugin-treffpunkt) and restart.';
  }

  function send(ctx: Context, asset: Asset, cacheControl: string) {
    ctx.type = asset.type;
    ctx.set('Cache-Control', cacheControl);
    // Module scripts and stylesheets from another origin are fetched with CORS; any website may load them.
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.remove('Access-Control-Allow-Credentials');
    sendRepresentation(ctx, asset);
  }

  async function sendFile(ctx: Context, version: string | null) {
    const found = await currentRelease().catch(() => null);
    if (!found) return notBuilt(ctx);
    const asset = found.files.get(ctx.params.file);
    if (!asset || (version !== null && version !== found.version)) {
      ctx.status = 404;
      ctx.body = 'This file of the Treffpunkt widgets is not served here; use /treffpunkt/widgets.js (see /treffpunkt/widgets.json).';
      return;
    }
    send(ctx, asset, version === null ? `public, max-age=${STABLE_MAX_AGE}` : IMMUTABLE);
  }

  const route = (routePath: string, handler: (ctx: Context) => Promise<void>) => ({
    method: 'GET',
    path: routePath,
    handler,
    config: { auth: false },
  });

  strapi.server.routes([
    route('/treffpunkt/widgets.json', async (ctx) => {
      const found = await currentRelease().catch(() => null);
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = {
        stable: { script: '/treffpunkt/widgets.js', stylesheet: '/treffpunkt/widgets.css' },
        versioned: found && { script: versionedPath(found.version, 'widgets.js'), stylesheet: versionedPath(found.version, 'widgets.css') },
      };
    }),
    route('/treffpunkt/demo', async (ctx) => {
      demo ??= readAsset(demoPage).then((asset) => ({ ...asset, type: 'text/html; charset=utf-8' }));
      demo.catch(() => (demo = undefined));
      const asset = await demo.catch(() => null);
      if (!asset) return notBuilt(ctx);
      send(ctx, asset, 'no-cache');
    }),
    route('/treffpunkt/v/:version/:file(widgets[\\w.-]*\\.(?:js|css))', (ctx) => sendFile(ctx, ctx.params.version)),
    route('/treffpunkt/:file(widgets[\\w.-]*\\.(?:js|css))', (ctx) => sendFile(ctx, null)),
  ] as never);
}

/** The demo website (/treffpunkt/demo): a page of a network's own site, with the widgets pasted in as a site owner would. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export const DEMO_PAGE_PATH = '/treffpunkt/demo';

export function serveDemoPage(strapi: Core.Strapi) {
  // The page is read from the app's sources: the compiled app has only its scripts.
  const page = readFile(path.join(strapi.dirs.app.root, 'src', 'demo', 'site.html'), 'utf8');
  strapi.server.routes([
    {
      method: 'GET',
      path: DEMO_PAGE_PATH,
      config: { auth: false },
      async handler(ctx: Context) {
        ctx.type = 'text/html; charset=utf-8';
        ctx.set('Cache-Control', 'no-cache');
        ctx.body = await page;
      },
    },
  ] as never);
}

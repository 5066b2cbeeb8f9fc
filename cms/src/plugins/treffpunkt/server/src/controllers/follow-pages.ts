/**
 * The pages of the follow mails' links (shared/public-routes.ts FOLLOW_CONFIRM_PATH,
 * FOLLOW_UNSUBSCRIBE_PATH): GET shows what the link does, POST does it. The unsubscribe POST is
 * also the one-click POST of RFC 8058 that mail programs send (body `List-Unsubscribe=One-Click`),
 * without a login. The token is in the address (`?token=`), `lang` names the language for a link
 * that is no longer valid.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { toLocale } from 'treffpunkt-shared/locales';
import { followDonePage, followInvalidPage, followLinkPage, type FollowLink } from '../pages/follow';
import { treffpunkt } from '../plugin';
import { TOKEN_PATTERN } from '../following/tokens';
import type { LinkTarget } from '../services/following';

/** The page's headers: its own address carries a token, which must not leave it (Referer) nor be stored. */
function pageHeaders(ctx: Context) {
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Robots-Tag', 'noindex');
  ctx.set(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
}

const tokenOf = (ctx: Context) => (typeof ctx.query.token === 'string' && TOKEN_PATTERN.test(ctx.query.token) ? ctx.query.token : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const following = () => treffpunkt(strapi).service('following');

  function answerInvalid(ctx: Context, link: FollowLink) {
    pageHeaders(ctx);
    ctx.status = 404;
    ctx.body = followInvalidPage(link, toLocale(ctx.query.lang));
  }

  async function show(ctx: Context, link: FollowLink) {
    const token = tokenOf(ctx);
    const target = token ? await following().linkTarget(link, token) : null;
    if (!target) return answerInvalid(ctx, link);
    const asked = link === 'confirm' ? await following().askedFor(target) : [];
    pageHeaders(ctx);
    ctx.body = followLinkPage(link, target.locale, target.network, asked, ctx.url);
  }

  async function act(ctx: Context, link: FollowLink, run: (token: string) => Promise<LinkTarget | null>) {
    const token = tokenOf(ctx);
    const target = token ? await run(token) : null;
    if (!target) return answerInvalid(ctx, link);
    pageHeaders(ctx);
    ctx.body = followDonePage(link, target.locale, target.network);
  }

  return {
    confirmPage: (ctx: Context) => show(ctx, 'confirm'),
    confirm: (ctx: Context) => act(ctx, 'confirm', (token) => following().confirm(token)),
    unsubscribePage: (ctx: Context) => show(ctx, 'unsubscribe'),
    unsubscribe: (ctx: Context) => act(ctx, 'unsubscribe', (token) => following().unsubscribe(token)),
  };
};

/**
 * Following without JavaScript (shared/public-routes.ts):
 * - FOLLOW_PAGE_PATH: GET shows a network's calendar links and the e-mail form, whose POST comes
 *   back with what happened, in the visitor's language (`lang`);
 * - FOLLOW_CONFIRM_PATH, FOLLOW_UNSUBSCRIBE_PATH, the pages of the follow mails' links: GET shows
 *   what the link does, POST does it. The unsubscribe POST is also the one-click POST of RFC 8058
 *   that mail programs send (body `List-Unsubscribe=One-Click`), without a login. The token is in
 *   the address (`?token=`), `lang` names the language for a link that is no longer valid.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fillFollowText, FOLLOW_TEXTS } from 'treffpunkt-shared/following';
import { toLocale } from 'treffpunkt-shared/locales';
import type { Locale } from 'treffpunkt-shared/wire';
import { notFound, PublicApiError } from '../http/errors';
import { problemPage } from '../pages/public-page';
import {
  followDonePage,
  followInvalidPage,
  followLinkPage,
  followNetworkPage,
  type FollowFormInput,
  type FollowFormOutcome,
  type FollowLink,
} from '../pages/follow';
import { treffpunkt } from '../plugin';
import { TOKEN_PATTERN } from '../following/tokens';
import type { LinkTarget } from '../services/following';
import { followPageUrl, networkPageUrl } from '../urls/pages';
import { publicBaseUrl } from '../urls/public-urls';
import { isSlug } from '../validation/page-queries';
import { parseParams } from '../validation/public-queries';

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

/** The form's fields as a browser sends them (a checkbox only when ticked). */
function formInput(body: unknown): FollowFormInput {
  const fields = (body ?? {}) as Record<string, unknown>;
  return {
    email: typeof fields.email === 'string' ? fields.email : '',
    reports: Boolean(fields.reports),
    digest: Boolean(fields.digest),
    subnetworks: Boolean(fields.subnetworks),
  };
}

/** What the visitor is told of a refused request: at the address, or about the choices, or to try later. */
function refusal(error: unknown, locale: Locale): FollowFormOutcome {
  const words = FOLLOW_TEXTS[locale];
  if (!(error instanceof PublicApiError)) throw error;
  if (error.status === 429) return { problem: words.tooMany };
  if (error.parameter === 'email') return { problem: words.invalidEmail, at: 'email' };
  if (error.parameter === 'reports') return { problem: words.nothingChosen };
  throw error;
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

  /** The follow page of the network in the path, with the form's answer when there is one. */
  async function followPage(ctx: Context, locale: Locale, answer?: { typed: FollowFormInput; outcome: FollowFormOutcome }) {
    const slug = String(ctx.params.network);
    const baseUrl = publicBaseUrl(strapi, ctx);
    // The calendar as the network's page shows its meetings: with its subnetworks, where it has any.
    const own = await following().options({ network: slug, locale }, baseUrl);
    const options = own.subnetworks ? await following().options({ network: slug, include: 'subnetworks', locale }, baseUrl) : own;
    const address = new URL(followPageUrl(baseUrl, slug, locale));
    pageHeaders(ctx);
    ctx.body = followNetworkPage({
      locale,
      options,
      networkPage: networkPageUrl(baseUrl, slug, locale),
      action: `${address.pathname}${address.search}`,
      ...answer,
    });
  }

  /** Runs a handler of the follow page; an unknown network is the public pages' 404 page. */
  async function onFollowPage(ctx: Context, handle: (locale: Locale) => Promise<void>) {
    const locale = toLocale(ctx.query.lang);
    try {
      if (!isSlug(String(ctx.params.network))) throw notFound(`Nothing is published at ${ctx.path}.`, 'network');
      await handle(locale);
    } catch (error) {
      if (!(error instanceof PublicApiError) || error.status !== 404) throw error;
      pageHeaders(ctx);
      ctx.status = 404;
      ctx.body = problemPage(locale, { status: 404 });
    }
  }

  /** The e-mail form's POST: the same request as the API's; what the visitor is told. */
  async function requestByForm(ctx: Context, typed: FollowFormInput, locale: Locale): Promise<FollowFormOutcome> {
    const request = {
      email: typed.email,
      network: ctx.params.network,
      ...(typed.subnetworks ? { include: 'subnetworks' } : {}),
      reports: typed.reports,
      digest: typed.digest,
      locale,
    };
    try {
      await following().request(parseParams('follow', request), { ip: ctx.ip, origin: publicBaseUrl(strapi, ctx) });
      return { sent: fillFollowText(FOLLOW_TEXTS[locale].accepted, { email: typed.email.trim() }) };
    } catch (error) {
      const outcome = refusal(error, locale);
      ctx.status = (error as PublicApiError).status;
      return outcome;
    }
  }

  return {
    followPage: (ctx: Context) => onFollowPage(ctx, (locale) => followPage(ctx, locale)),

    followForm: (ctx: Context) =>
      onFollowPage(ctx, async (locale) => {
        const typed = formInput(ctx.request.body);
        await followPage(ctx, locale, { typed, outcome: await requestByForm(ctx, typed, locale) });
      }),

    confirmPage: (ctx: Context) => show(ctx, 'confirm'),
    confirm: (ctx: Context) => act(ctx, 'confirm', (token) => following().confirm(token)),
    unsubscribePage: (ctx: Context) => show(ctx, 'unsubscribe'),
    unsubscribe: (ctx: Context) => act(ctx, 'unsubscribe', (token) => following().unsubscribe(token)),
  };
};

/**
 * Routes at the CMS's root, outside the API (Strapi mounts a plugin's own tables below /api and
 * the admin): the widgets' files, the embed pages, the public pages with their sitemap, oEmbed, the
 * pages of the follow mails' links, and the readiness probe. register.ts adds them.
 */
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import {
  EMBED_PATH,
  FOLLOW_CONFIRM_PATH,
  FOLLOW_PAGE_PATH,
  FOLLOW_UNSUBSCRIBE_PATH,
  OEMBED_PATH,
  MEETING_PAGE_PATH,
  NETWORK_PAGE_PATH,
  OCCURRENCE_PAGE_PATH,
  READY_PATH,
  REPORT_PAGE_PATH,
  SITEMAP_PATH,
  WIDGET_RELEASE_PATH,
  WIDGETS_PREFIX,
} from 'treffpunkt-shared/public-routes';
import { WIDGETS } from 'treffpunkt-shared/widget-options';
import type { Handler } from '../controllers';
import { WIDGET_FILE_NAME } from '../services/widget-files';

const WIDGET_FILE = `:file(${WIDGET_FILE_NAME})`;
const PUBLIC_PAGE = ['plugin::treffpunkt.public-page', 'plugin::treffpunkt.public-http'];

const route = (path: string, handler: Handler, middlewares: string[] = [], method: 'GET' | 'POST' = 'GET') => ({
  method,
  path,
  handler,
  info: { pluginName: PLUGIN_ID },
  config: { auth: false, middlewares },
});

export const hostRoutes = [
  route(WIDGET_RELEASE_PATH, 'widget-files.release'),
  route(`${WIDGETS_PREFIX}/v/:version/${WIDGET_FILE}`, 'widget-files.versioned'),
  route(`${WIDGETS_PREFIX}/${WIDGET_FILE}`, 'widget-files.stable'),
  route(`${EMBED_PATH}/:widget(${WIDGETS.join('|')})`, 'embed-pages.page', [
    'plugin::treffpunkt.embed-frame',
    'plugin::treffpunkt.public-http',
  ]),
  route(NETWORK_PAGE_PATH, 'pages.network', PUBLIC_PAGE),
  route(REPORT_PAGE_PATH, 'pages.report', PUBLIC_PAGE),
  route(MEETING_PAGE_PATH, 'pages.meeting', PUBLIC_PAGE),
  route(OCCURRENCE_PAGE_PATH, 'pages.occurrence', PUBLIC_PAGE),
  route(SITEMAP_PATH, 'pages.sitemap', PUBLIC_PAGE),
  route(OEMBED_PATH, 'oembed.answer', ['plugin::treffpunkt.public-http']),
  route(FOLLOW_PAGE_PATH, 'follow-pages.followPage'),
  route(FOLLOW_PAGE_PATH, 'follow-pages.followForm', [], 'POST'),
  route(FOLLOW_CONFIRM_PATH, 'follow-pages.confirmPage'),
  route(FOLLOW_CONFIRM_PATH, 'follow-pages.confirm', [], 'POST'),
  route(FOLLOW_UNSUBSCRIBE_PATH, 'follow-pages.unsubscribePage'),
  // Also the one-click POST of RFC 8058 (List-Unsubscribe-Post), from mail programs, without a login.
  route(FOLLOW_UNSUBSCRIBE_PATH, 'follow-pages.unsubscribe', [], 'POST'),
  route(READY_PATH, 'readiness.ready'),
];

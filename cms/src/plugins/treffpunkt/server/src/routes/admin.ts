/**
 * Admin routes, under /treffpunkt. The admin panel's own pages call the guarded ones with the
 * editor's admin token; Strapi's roles decide (see ../permissions.ts; network editors: ../network-editors/route-guard.ts). The preview routes are
 * opened by the content manager's preview frame and carry their own signed, short-lived token.
 */
import { ACTIONS, ADMIN_ROUTES, CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/admin-api';
import { API_PREFIX, NEXT_EVENT_PATH, REPORT_PATH, REPORTS_PATH } from 'treffpunkt-shared/public-routes';
import type { Handler } from '../controllers';

/** A plugin action, or a content-manager action on one content type. */
type Permission = string | [action: string, subject: string];

const guarded = (method: 'GET' | 'POST' | 'PUT', path: string, handler: Handler, action: Permission) => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  },
});

/** For any admin: what it answers depends on the user's roles (see ../services/admin-home.ts). */
const signedIn = (method: 'GET' | 'PUT', path: string, handler: Handler) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
});

const previewRoute = (path: string, handler: Handler) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false },
});

export default {
  type: 'admin',
  routes: [
    guarded('GET', ADMIN_ROUTES.embedOptions, 'admin-embed.options', ACTIONS.embed),
    guarded('GET', ADMIN_ROUTES.eventReport, 'admin-report.findForEvent', ACTIONS.reportFromEvent),
    guarded('POST', ADMIN_ROUTES.eventReport, 'admin-report.createFromEvent', ACTIONS.reportFromEvent),
    // Reads nothing stored: whoever may open a meeting's edit view may have its series said back.
    guarded('POST', ADMIN_ROUTES.seriesPreview, 'series.preview', ['plugin::content-manager.explorer.read', CONTENT_TYPES.event]),
    guarded('GET', ADMIN_ROUTES.networkEditors, 'network-editors.find', ACTIONS.manageEditors),
    guarded('PUT', ADMIN_ROUTES.networkEditors, 'network-editors.update', ACTIONS.manageEditors),
    // Counts only: whoever may open the network (a network editor only their own, network-editors/route-guard.ts).
    guarded('GET', ADMIN_ROUTES.networkFollowers, 'admin-followers.counts', [
      'plugin::content-manager.explorer.read',
      CONTENT_TYPES.network,
    ]),
    guarded('GET', ADMIN_ROUTES.subscribers, 'admin-followers.list', ACTIONS.manageSubscribers),
    guarded('POST', ADMIN_ROUTES.subscribersDelete, 'admin-followers.remove', ACTIONS.manageSubscribers),
    signedIn('GET', ADMIN_ROUTES.myNetworks, 'network-editors.mine'),
    signedIn('GET', ADMIN_ROUTES.home, 'admin-home.lists'),
    // Sources are managed in the content manager: whoever may open a source sees its state, whoever may edit it reads it now.
    guarded('GET', ADMIN_ROUTES.source, 'admin-sources.state', ['plugin::content-manager.explorer.read', SOURCE]),
    guarded('POST', ADMIN_ROUTES.sourceSync, 'admin-sources.sync', ['plugin::content-manager.explorer.update', SOURCE]),
    // Of a meeting or of a report: the controller checks the permission on the one asked for.
    signedIn('GET', ADMIN_ROUTES.origin, 'admin-sources.origin'),
    signedIn('PUT', ADMIN_ROUTES.origin, 'admin-sources.hide'),
    previewRoute(ADMIN_ROUTES.previewScript, 'admin-preview.script'),
    previewRoute(ADMIN_ROUTES.previewPage, 'admin-preview.page'),
    // The preview page's widgets read these instead of the public API: the same paths below the page.
    previewRoute(`${ADMIN_ROUTES.previewPage}${API_PREFIX}/${REPORTS_PATH}`, 'admin-preview.reports'),
    previewRoute(`${ADMIN_ROUTES.previewPage}${API_PREFIX}/${REPORT_PATH}`, 'admin-preview.report'),
    previewRoute(`${ADMIN_ROUTES.previewPage}${API_PREFIX}/${NEXT_EVENT_PATH}`, 'admin-preview.nextEvent'),
  ],
};

/**
 * Admin routes, under /treffpunkt. The admin panel's own pages call the guarded ones with the
 * editor's admin token; Strapi's roles decide (see ../permissions.ts). The preview routes are
 * opened by the content manager's preview frame and carry their own signed, short-lived token.
 */
import { ACTIONS, ADMIN_ROUTES, CONTENT_TYPES } from 'treffpunkt-shared/admin-api';

/** A plugin action, or a content-manager action on one content type. */
type Permission = string | [action: string, subject: string];

const guarded = (method: 'GET' | 'POST' | 'PUT', path: string, handler: string, action: Permission) => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  },
});

/** For any admin: what it answers depends on the user's roles (see ../services/admin-home.ts). */
const signedIn = (method: 'GET', path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
});

const previewRoute = (path: string, handler: string) => ({
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
    guarded('POST', ADMIN_ROUTES.seriesPreview, 'admin-series.preview', ['plugin::content-manager.explorer.read', CONTENT_TYPES.event]),
    guarded('GET', ADMIN_ROUTES.networkEditors, 'network-editors.find', ACTIONS.manageEditors),
    guarded('PUT', ADMIN_ROUTES.networkEditors, 'network-editors.update', ACTIONS.manageEditors),
    {
      method: 'GET',
      path: ADMIN_ROUTES.myNetworks,
      handler: 'network-editors.mine',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    signedIn('GET', ADMIN_ROUTES.home, 'admin-home.lists'),
    previewRoute('/preview-page.js', 'admin-preview.script'),
    previewRoute('/preview/:token', 'admin-preview.page'),
    previewRoute('/preview/:token/api/treffpunkt/reports', 'admin-preview.reports'),
    previewRoute('/preview/:token/api/treffpunkt/reports/:slug', 'admin-preview.report'),
    previewRoute('/preview/:token/api/treffpunkt/events/next', 'admin-preview.nextEvent'),
  ],
};

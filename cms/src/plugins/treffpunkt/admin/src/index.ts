/**
 * The Treffpunkt plugin in Strapi's admin panel: the "Embed / Einbetten" page in the main
 * menu, "Write the report" on meetings, help texts and labels for every field in German and
 * English. Strapi's admin build bundles this source directly (package.json "./strapi-admin").
 */
import { Code } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ACTIONS, PLUGIN_ID } from '../../shared/admin-api';
import { EDIT_VIEW_LAYOUT_HOOK, translateFieldHelp } from './editing/fieldHelp';
import { WriteReportAction } from './editing/WriteReportAction';
import { addNetworkEditorViews } from './network-editors';
import { translationsFor } from './translations';
import { MESSAGES } from './translations/messages';

interface ContentManagerApis {
  addDocumentAction(actions: unknown[]): void;
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Code,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: MESSAGES['plugin.name'].en },
      Component: () => import('./pages/EmbedPage'),
      permissions: [{ action: ACTIONS.embed, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addDocumentAction([WriteReportAction]);
    addNetworkEditorViews(app);
    app.registerHook(EDIT_VIEW_LAYOUT_HOOK, translateFieldHelp);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translationsFor(locale) }));
  },
};

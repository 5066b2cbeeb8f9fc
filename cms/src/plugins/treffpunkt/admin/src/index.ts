/**
 * The Treffpunkt plugin in Strapi's admin panel: the "Embed / Einbetten" page in the main
 * menu, the report panel of meetings (of a series: of which past date), the home page widgets
 * (meetings and reports; sources), the panels of sources and of mirrored documents, a
 * meeting's series as a form, help texts, labels and the words of every choice in German and
 * English, meeting times in the meeting's own time zone, a refused save that keeps what the
 * editor typed, and how many follow a network by e-mail.
 * Strapi's admin build bundles this source directly (package.json "./strapi-admin").
 */
import { Code, Feather } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ACTIONS, CONTENT_TYPES, PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { listViewPath } from './content-manager/paths';
import { customFields } from './custom-fields';
import { EDIT_VIEW_LAYOUT_HOOK, translateFieldHelp } from './editing/fieldHelp';
import { KeepTypedOnRefusal } from './editing/KeepTypedOnRefusal';
import { FollowersPanel } from './followers/FollowersPanel';
import { addNetworkEditorViews } from './network-editors';
import { LIST_COLUMNS_HOOK, formatCustomFieldColumns } from './list-view/columns';
import { LIST_FILTERS_HOOK, translateFilters } from './list-view/filters';
import { ReportPanel } from './report/ReportPanel';
import { addSourceViews, sourcesWidget } from './sources';
import { translationsFor } from './translations';
import { MESSAGES, type MessageKey } from './translations/messages';

interface Panel {
  type?: string;
}

interface ContentManagerApis {
  addEditViewSidePanel(panels: (existing: Panel[]) => Panel[]): void;
}

const message = (key: MessageKey) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: MESSAGES[key].en });

const meetingsWidget = {
  id: 'meetings',
  pluginId: PLUGIN_ID,
  icon: Feather,
  title: message('home.title'),
  component: async () => (await import('./home/MeetingsWidget')).MeetingsWidget,
  link: { label: message('home.link'), href: listViewPath(CONTENT_TYPES.event) },
  permissions: [{ action: 'plugin::content-manager.explorer.read', subject: CONTENT_TYPES.event }],
};

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Code,
      intlLabel: message('plugin.name'),
      Component: () => import('./pages/EmbedPage'),
      permissions: [{ action: ACTIONS.embed, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    app.customFields.register(customFields as never);
    // First on the home page: the next task is what an editor comes for.
    app.widgets.register((widgets) => [meetingsWidget as never, sourcesWidget as never, ...widgets]);
  },

  bootstrap(app: StrapiApp) {
    const contentManagerPlugin = app.getPlugin('content-manager');
    const contentManager = contentManagerPlugin.apis as unknown as ContentManagerApis;
    // Inside the edit view's form, in its Entry panel: a refused save keeps what was typed.
    contentManagerPlugin.injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-keep-typed-on-refusal`,
      Component: KeepTypedOnRefusal,
    });
    // Right below the "Entry" panel with Publish and Save.
    contentManager.addEditViewSidePanel((panels) => {
      const entry = panels.findIndex((panel) => panel.type === 'actions');
      return [...panels.slice(0, entry + 1), ReportPanel, ...panels.slice(entry + 1)];
    });
    addNetworkEditorViews(app);
    addSourceViews(app);
    contentManager.addEditViewSidePanel((panels) => [...panels, FollowersPanel]);
    app.registerHook(EDIT_VIEW_LAYOUT_HOOK, translateFieldHelp);
    app.registerHook(LIST_COLUMNS_HOOK, formatCustomFieldColumns);
    app.registerHook(LIST_FILTERS_HOOK, translateFilters);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translationsFor(locale) }));
  },
};

/**
 * Sources in the admin panel: the state and "Jetzt abrufen" beside a source, where a mirrored
 * meeting or report comes from beside it (with "Hide here"), and the home page's sources widget.
 */
import { Globe } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ComponentType } from 'react';
import { PLUGIN_ID, SOURCE } from 'treffpunkt-shared/admin-api';
import { listViewPath } from '../content-manager/paths';
import { MESSAGES, type MessageKey } from '../translations/messages';
import { OriginPanel } from './OriginPanel';
import { SourcePanel } from './SourcePanel';

interface ContentManagerPlugin {
  apis: { addEditViewSidePanel(panels: unknown[]): void };
}

const message = (key: MessageKey) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: MESSAGES[key].en });

export const sourcesWidget = {
  id: 'sources',
  pluginId: PLUGIN_ID,
  // Typed by what it is: the icon's own props type is not exported, which the build's declarations would need.
  icon: Globe as ComponentType,
  title: message('sources.title'),
  component: async () => (await import('./SourcesWidget')).SourcesWidget,
  link: { label: message('sources.link'), href: listViewPath(SOURCE) },
  permissions: [{ action: 'plugin::content-manager.explorer.read', subject: SOURCE }],
};

/** In the admin's bootstrap, when the content manager is there. */
export function addSourceViews(app: StrapiApp) {
  const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerPlugin;
  contentManager.apis.addEditViewSidePanel([SourcePanel, OriginPanel]);
}

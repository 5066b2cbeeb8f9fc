/**
 * Editors of their own network in the admin panel: "Editors of this network" beside a network's
 * edit view (for the office), and the requester's networks above the list views (for network editors).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { MyNetworksNotice } from './MyNetworksNotice';
import { NetworkEditorsPanel } from './NetworkEditorsPanel';

interface ContentManagerPlugin {
  apis: { addEditViewSidePanel(panels: unknown[]): void };
  injectComponent(view: string, zone: string, component: { name: string; Component: () => unknown }): void;
}

/** In the admin's bootstrap, when the content manager is there. */
export function addNetworkEditorViews(app: StrapiApp) {
  const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerPlugin;
  contentManager.apis.addEditViewSidePanel([NetworkEditorsPanel]);
  contentManager.injectComponent('listView', 'actions', { name: 'treffpunkt-my-networks', Component: MyNetworksNotice });
}

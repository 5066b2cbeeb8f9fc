/**
 * Our app: Strapi with the Treffpunkt plugin (src/plugins/treffpunkt, installed like any app
 * installs it from npm) and the demo, which is this app's own (src/demo).
 */
import type { Core } from '@strapi/strapi';
import { demo } from './demo/seed';
import { serveDemoPage } from './demo/site-page';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    serveDemoPage(strapi);
  },

  /** After every plugin's bootstrap and the admin's, so the plugin's locales exist. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (strapi.config.get('demo.content')) await demo(strapi).seedIfEmpty();
  },
};

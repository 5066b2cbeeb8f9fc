import type { Core } from '@strapi/strapi';
import { treffpunktConfig } from './config';
import { configureContentManager } from './content-manager/configure';
import { ensureFollowingTables } from './database/following-tables';
import { countPublishedReportsAsAnnounced } from './following/announce';
import { ensureIndexes } from './database/indexes';
import { keepTablesWhenRemoved } from './database/persisted-tables';
import { registerCondition } from './network-editors';
import { registerAdminActions } from './permissions';
import { treffpunkt } from './plugin';

/** Following by e-mail needs a sender: without one every mail would fail, so the start does. */
function checkMailSettings(strapi: Core.Strapi) {
  if (!treffpunktConfig(strapi).followByEmail || strapi.config.get('plugin::email.settings.defaultFrom')) return;
  throw new Error(
    'treffpunkt.followByEmail needs a sender: the email plugin\'s settings.defaultFrom (EMAIL_FROM in our app). See the plugin\'s README, "Configuration".',
  );
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  checkMailSettings(strapi);
  await ensureIndexes(strapi);
  if ((await ensureFollowingTables(strapi)).includes('announcements')) await countPublishedReportsAsAnnounced(strapi);
  await treffpunkt(strapi).service('search').catchUp();
  await keepTablesWhenRemoved(strapi);
  await registerAdminActions(strapi);
  // Before the admin's bootstrap creates the roles that use it.
  await registerCondition(strapi);
  await configureContentManager(strapi);
  treffpunkt(strapi).service('cache-sync').start();
  treffpunkt(strapi).service('sources').startSchedule();
  // Mails go out once the instance serves: by then every plugin and the app have bootstrapped.
  strapi.server.httpServer.once('listening', () => treffpunkt(strapi).service('follow-mails').start());
};

/** The plugin's registered services; `treffpunkt(strapi).service(name)` (../plugin.ts) gives each with its type. */
import adminEmbed from './admin-embed';
import adminFollowers from './admin-followers';
import adminHome from './admin-home';
import adminReport from './admin-report';
import cacheSync from './cache-sync';
import clock from './clock';
import events from './events';
import followMails from './follow-mails';
import following from './following';
import instance from './instance';
import networkEditors from './network-editors';
import networks from './networks';
import adminPreview from './admin-preview';
import reports from './reports';
import responseCache from './response-cache';
import { restServices } from './rest';
import series from './series';
import widgetFiles from './widget-files';

export default {
  ...restServices,
  networks,
  reports,
  events,
  series,
  clock,
  'response-cache': responseCache,
  'cache-sync': cacheSync,
  instance,
  following,
  'follow-mails': followMails,
  'widget-files': widgetFiles,
  'admin-embed': adminEmbed,
  'admin-followers': adminFollowers,
  'admin-home': adminHome,
  'admin-preview': adminPreview,
  'admin-report': adminReport,
  'network-editors': networkEditors,
};

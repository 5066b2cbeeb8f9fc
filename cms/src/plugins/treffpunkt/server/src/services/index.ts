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
import networkSync from './network-sync';
import networks from './networks';
import oembed from './oembed';
import adminPreview from './admin-preview';
import archive from './archive';
import pages from './pages';
import reports from './reports';
import responseCache from './response-cache';
import search from './search';
import { restServices } from './rest';
import series from './series';
import sources from './sources';
import widgetFiles from './widget-files';

export default {
  ...restServices,
  networks,
  'network-sync': networkSync,
  reports,
  search,
  events,
  series,
  archive,
  pages,
  clock,
  'response-cache': responseCache,
  'cache-sync': cacheSync,
  instance,
  following,
  'follow-mails': followMails,
  'widget-files': widgetFiles,
  oembed,
  'admin-embed': adminEmbed,
  'admin-followers': adminFollowers,
  'admin-home': adminHome,
  'admin-preview': adminPreview,
  'admin-report': adminReport,
  'network-editors': networkEditors,
  sources,
};

import network from './network';
import event from './event';
import report from './report';
import publicNetwork from './public-network';
import publicEvent from './public-event';
import publicReport from './public-report';
import responseCache from './response-cache';
import demoContent from './demo-content';
import adminEmbed from './admin-embed';
import adminHome from './admin-home';
import adminPreview from './admin-preview';
import adminReport from './admin-report';
import adminSeries from './admin-series';
import clock from './clock';
import cacheSync from './cache-sync';
import instance from './instance';
import networkEditors from './network-editors';

export default {
  network,
  event,
  report,
  'public-network': publicNetwork,
  'public-event': publicEvent,
  'public-report': publicReport,
  'response-cache': responseCache,
  'demo-content': demoContent,
  'admin-embed': adminEmbed,
  'admin-home': adminHome,
  'admin-preview': adminPreview,
  'admin-report': adminReport,
  'admin-series': adminSeries,
  clock,
  'cache-sync': cacheSync,
  instance,
  'network-editors': networkEditors,
};

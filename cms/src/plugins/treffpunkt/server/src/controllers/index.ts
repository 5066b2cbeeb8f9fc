import network from './network';
import event from './event';
import report from './report';
import publicNetwork from './public-network';
import publicEvent from './public-event';
import publicReport from './public-report';
import adminEmbed from './admin-embed';
import adminHome from './admin-home';
import adminPreview from './admin-preview';
import adminReport from './admin-report';
import adminSeries from './admin-series';
import networkEditors from './network-editors';

export default {
  network,
  event,
  report,
  'public-network': publicNetwork,
  'public-event': publicEvent,
  'public-report': publicReport,
  'admin-embed': adminEmbed,
  'admin-home': adminHome,
  'admin-preview': adminPreview,
  'admin-report': adminReport,
  'admin-series': adminSeries,
  'network-editors': networkEditors,
};

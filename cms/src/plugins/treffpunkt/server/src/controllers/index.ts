import network from './network';
import event from './event';
import report from './report';
import publicNetwork from './public-network';
import publicEvent from './public-event';
import publicReport from './public-report';

export default {
  network,
  event,
  report,
  'public-network': publicNetwork,
  'public-event': publicEvent,
  'public-report': publicReport,
};

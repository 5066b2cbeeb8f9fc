import network from './network';
import event from './event';
import report from './report';

export default { network, event, report };

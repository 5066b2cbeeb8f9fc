import network from './network';
import event from './event';
import report from './report';
import editorAssignment from './editor-assignment';

export default { network, event, report, 'editor-assignment': editorAssignment };

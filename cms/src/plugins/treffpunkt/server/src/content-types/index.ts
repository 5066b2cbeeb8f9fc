import network from './network';
import event from './event';
import report from './report';
import editorAssignment from './editor-assignment';
import removal from './removal';
import source from './source';

export default { network, event, report, source, removal, 'editor-assignment': editorAssignment };

import schema from './schema';
import lifecycles from './lifecycles';

export default { schema, lifecycles };

import { clearCacheAfterWrites } from '../clear-cache-after-writes';

export default clearCacheAfterWrites;

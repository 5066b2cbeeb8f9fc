import { clearCacheAfterWrites } from '../../services/response-cache';

export default clearCacheAfterWrites;

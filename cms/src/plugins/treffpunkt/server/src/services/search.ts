import type { Core } from '@strapi/strapi';
import { searchIndex } from '../search/search-index';

/** The reports' search index (search/): brought up to date at start, or after content was written below the Document Service. */
export default ({ strapi }: { strapi: Core.Strapi }) => searchIndex(strapi);

import { factories } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';

/** Strapi's standard service, used by the standard REST controller. */
export default factories.createCoreService(CONTENT_TYPES.report);

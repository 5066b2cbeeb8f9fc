import { factories } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';

/** Strapi's standard REST controller (find, findOne), guarded by the Users & Permissions roles. */
export default factories.createCoreController(CONTENT_TYPES.event);

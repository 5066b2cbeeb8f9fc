import { factories } from '@strapi/strapi';

/** Strapi's standard service, used by the standard REST controller. */
export default factories.createCoreService('plugin::treffpunkt.network');

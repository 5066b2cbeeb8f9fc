import { factories } from '@strapi/strapi';

/** Strapi's standard REST controller (find, findOne), guarded by the Users & Permissions roles. */
export default factories.createCoreController('plugin::treffpunkt.network');

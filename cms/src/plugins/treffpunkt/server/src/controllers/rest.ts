import { factories } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';

/** Strapi's standard REST controllers (find, findOne) under /api/treffpunkt/rest, guarded by the Users & Permissions roles. */
export const restControllers = {
  network: factories.createCoreController(CONTENT_TYPES.network),
  event: factories.createCoreController(CONTENT_TYPES.event),
  report: factories.createCoreController(CONTENT_TYPES.report),
};

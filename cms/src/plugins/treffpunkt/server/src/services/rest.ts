import { factories } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';

/** Strapi's standard services, used by the standard REST controllers (controllers/rest.ts). */
export const restServices = {
  network: factories.createCoreService(CONTENT_TYPES.network),
  event: factories.createCoreService(CONTENT_TYPES.event),
  report: factories.createCoreService(CONTENT_TYPES.report),
};

import type { Core } from '@strapi/strapi';
import { treffpunkt } from './plugin';

/** On stop (SIGTERM included): no more scheduled reads of sources; this instance drains its requests and leaves the others (services/instance.ts). */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  treffpunkt(strapi).service('sources').stopSchedule();
  await treffpunkt(strapi).service('instance').leave();
};

import type { Core } from '@strapi/strapi';
import { treffpunkt } from './plugin';

/** On stop (SIGTERM included): this instance drains its requests and leaves the others (services/instance.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => treffpunkt(strapi).service('instance').leave();

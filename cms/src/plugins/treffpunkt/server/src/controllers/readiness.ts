/**
 * GET /treffpunkt/ready, for load balancers and orchestrators: 200 while this instance serves
 * the public API, 503 before (first-start work still running) and from the moment it begins to
 * stop. The body tells whether it hears the other instances' writes; a lost listener does not
 * make it unready: its answers are still bounded by max-age, and a database blip would
 * otherwise take every instance out of rotation at once.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ReadinessResponse } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  ready(ctx: Context) {
    const body: ReadinessResponse = treffpunkt(strapi).service('instance').readiness();
    ctx.status = body.ready ? 200 : 503;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  },
});

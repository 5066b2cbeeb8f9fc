/**
 * The public API's writes (shared/public-routes.ts PUBLIC_POST_ROUTES): never cached, errors as
 * the read routes give them (JSON naming the parameter). CORS and the method are public-access's.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { answerPublicError } from '../http/errors';

export default (_options: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async function publicPost(ctx: Context, next: Next) {
    try {
      await next();
      ctx.set('Cache-Control', 'no-store');
    } catch (error) {
      answerPublicError(strapi, ctx, error);
    }
  };

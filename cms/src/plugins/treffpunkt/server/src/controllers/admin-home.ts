import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { HomeResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { parseAdminInput } from '../validation/admin-input';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The home page's lists, with what the logged-in user may do (their abilities, as Strapi's admin authentication sets them). */
  async lists(ctx: Context) {
    const query = parseAdminInput('homeQuery', ctx.query);
    ctx.body = { data: await treffpunkt(strapi).service('admin-home').lists(ctx.state.userAbility, query) } satisfies HomeResponse;
  },
});

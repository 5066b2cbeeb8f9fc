import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { DeleteSubscribersResponse, FollowerCountsResponse, SubscribersResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { subscribersCsv } from '../services/admin-followers';
import { parseAdminInput } from '../validation/admin-input';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const followers = () => treffpunkt(strapi).service('admin-followers');

  return {
    async counts(ctx: Context) {
      const { documentId } = parseAdminInput('networkParams', ctx.params);
      ctx.body = { data: await followers().counts(documentId) } satisfies FollowerCountsResponse;
    },

    /** The addresses as JSON, or as a CSV file to download. */
    async list(ctx: Context) {
      const { format, ...filter } = parseAdminInput('subscribersQuery', ctx.query);
      const data = await followers().list(filter);
      ctx.set('Cache-Control', 'no-store');
      if (format === 'json') {
        ctx.body = { data } satisfies SubscribersResponse;
        return;
      }
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', 'attachment; filename="treffpunkt-followers.csv"');
      ctx.body = subscribersCsv(data);
    },

    async remove(ctx: Context) {
      const selection = parseAdminInput('subscribersDelete', ctx.request.body);
      ctx.body = { data: { deleted: await followers().remove(selection) } } satisfies DeleteSubscribersResponse;
    },
  };
};

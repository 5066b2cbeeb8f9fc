import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { SeriesPreviewResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { parseAdminInput } from '../validation/admin-input';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The series the edit view has, said back with its next dates; a series that cannot be is a 400 naming `recurrence`. */
  async preview(ctx: Context) {
    const draft = parseAdminInput('seriesPreview', ctx.request.body);
    ctx.body = { data: treffpunkt(strapi).service('series').preview(draft) } satisfies SeriesPreviewResponse;
  },
});

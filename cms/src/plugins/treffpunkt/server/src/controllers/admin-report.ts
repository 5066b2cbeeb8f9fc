import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CreateEventReportResponse, EventReportResponse } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { parseAdminInput } from '../validation/admin-input';

const reportService = (strapi: Core.Strapi) => treffpunkt(strapi).service('admin-report');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The event's report, if one was written, and whether it began, so the edit view can offer to
   * open or write it; of a series, its last past occurrences with their reports.
   */
  async findForEvent(ctx: Context) {
    const { documentId } = parseAdminInput('eventParams', ctx.params);
    const { locale } = parseAdminInput('eventReportQuery', ctx.query);
    const { report, started, occurrences } = await reportService(strapi).reportState(documentId, locale);
    ctx.body = { data: report, meta: { started, occurrences } } satisfies EventReportResponse;
  },

  async createFromEvent(ctx: Context) {
    const { documentId } = parseAdminInput('eventParams', ctx.params);
    const { locale, occurrence } = parseAdminInput('eventReportOptions', ctx.request.body);
    const { report, created } = await reportService(strapi).createFromEvent(documentId, locale, ctx.state.user, occurrence);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: { ...report, created } } satisfies CreateEventReportResponse;
  },
});

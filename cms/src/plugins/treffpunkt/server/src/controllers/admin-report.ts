import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CreateEventReportResponse, EventReportResponse } from '../../../shared/admin-api';
import { treffpunkt } from '../plugin';
import { parseAdminInput } from '../validation/admin-input';

const reportService = (strapi: Core.Strapi) => treffpunkt(strapi).service('admin-report');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The event's report, if one was written, so the edit view can offer to open it (or, once the meeting began, to write it). */
  async findForEvent(ctx: Context) {
    const { documentId } = parseAdminInput('eventParams', ctx.params);
    const { report, started } = await reportService(strapi).reportState(documentId);
    ctx.body = { data: report, meta: { started } } satisfies EventReportResponse;
  },

  async createFromEvent(ctx: Context) {
    const { documentId } = parseAdminInput('eventParams', ctx.params);
    const { locale } = parseAdminInput('eventReportOptions', ctx.request.body);
    const { report, created } = await reportService(strapi).createFromEvent(documentId, locale, ctx.state.user);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: { ...report, created } } satisfies CreateEventReportResponse;
  },
});

import type { Core } from '@strapi/strapi';
import { treffpunkt } from '../plugin';
import { DEFAULT_TIME_ZONE, todayIn } from '../time/zoned-time';

interface ReportCreate {
  params: { data?: { publicationDate?: string | null } };
}

/**
 * Reports are sorted by publication date, so every row gets one: the editor's choice, else the
 * day it was written, in the editors' zone (a report written on a Berlin evening is dated that
 * day). A database lifecycle, so the published row Strapi copies from the draft has it too.
 */
export function defaultPublicationDate(strapi: Core.Strapi) {
  return {
    beforeCreate(event: ReportCreate) {
      const { data } = event.params;
      if (!data || data.publicationDate) return;
      data.publicationDate = todayIn(treffpunkt(strapi).service('clock').now(), DEFAULT_TIME_ZONE);
    },
  };
}

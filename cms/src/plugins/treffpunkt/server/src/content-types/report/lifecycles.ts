import { treffpunkt } from '../../plugin';
import { DEFAULT_TIME_ZONE, todayIn } from '../../time/zoned-time';
import { clearCacheAfterWrites } from '../clear-cache-after-writes';

export interface ReportWrite {
  params: { data: { publicationDate?: string | null } };
}

/**
 * Reports are sorted by publication date, so every row gets one: the editor's choice, else the
 * day it was written, in the editors' zone (a report written on a Berlin evening is dated that day).
 */
function defaultPublicationDate(event: ReportWrite) {
  if (event.params.data.publicationDate) return;
  event.params.data.publicationDate = todayIn(treffpunkt(strapi).service('clock').now(), DEFAULT_TIME_ZONE);
}

export default {
  ...clearCacheAfterWrites,
  beforeCreate: defaultPublicationDate,
};

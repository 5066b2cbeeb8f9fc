import { treffpunkt } from '../../plugin';
import { todayIn } from '../../time/zoned-time';
import { clearCacheAfterWrites } from '../clear-cache-after-writes';

interface ReportWrite {
  params: { data: { publicationDate?: string | null } };
}

/** The editors' day: a report written on a Berlin evening is dated that day, not the next one in UTC. */
const EDITORS_TIME_ZONE = 'Europe/Berlin';

/** Reports are sorted by publication date, so every row gets one: the editor's choice, else the day it was written. */
function defaultPublicationDate(event: ReportWrite) {
  if (event.params.data.publicationDate) return;
  event.params.data.publicationDate = todayIn(treffpunkt(strapi).service('clock').now(), EDITORS_TIME_ZONE);
}

export default {
  ...clearCacheAfterWrites,
  beforeCreate: defaultPublicationDate,
};

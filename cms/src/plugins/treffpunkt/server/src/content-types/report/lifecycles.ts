import { clearCacheAfterWrites } from '../../services/response-cache';
import { todayIsoDate } from '../../utils/zoned-time';

interface ReportWrite {
  params: { data: { publicationDate?: string | null } };
}

/** Reports are sorted by publication date, so every row gets one: the editor's choice, else the day it was written. */
function defaultPublicationDate(event: ReportWrite) {
  if (!event.params.data.publicationDate) event.params.data.publicationDate = todayIsoDate();
}

export default {
  ...clearCacheAfterWrites,
  beforeCreate: defaultPublicationDate,
};

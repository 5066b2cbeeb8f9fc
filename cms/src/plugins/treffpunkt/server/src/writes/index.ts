/**
 * What happens on every write to a network, meeting or report, in the order it happens; the one
 * place that states it (register.ts calls this once).
 *
 * Document Service middlewares, outermost first (each runs only when the one before let it through):
 * 1. network editors: a restricted editor writes only in their own networks (network-editors/);
 * 2. mirrored documents: editors only hide a meeting or report mirrored from a source; the sync
 *    writes it (mirrored-read-only.ts);
 * 3. editor rules: the values are checked, messages at the fields (editor-rules.ts);
 * 4. save then publish: "save and publish" becomes a saved draft, then a publish (save-then-publish.ts);
 * 5. the search index follows a report, or a meeting whose reports it dates, in the write's
 *    transaction (search/follow-writes.ts);
 * 6. removals: a meeting or report that stops being public is noted for the sync answer (removals.ts);
 * 7. a source deleted takes its mirrored documents with it (deleted-sources.ts).
 *
 * Database lifecycles, below the Document Service (every write path, Strapi's own included):
 * 8. a report without publication date is dated today (publication-date.ts);
 * 9. the public answers' cache is emptied, on every instance (clear-cache.ts);
 * 10. followers are told: a report published for the first time, a marked meeting cancelled
 *    (../following/announce.ts; the mails go out from the queue).
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, TREFFPUNKT_UIDS } from 'treffpunkt-shared/content-types';
import { networkEditorGuard } from '../network-editors/document-guard';
import { announceOnPublish } from '../following/announce';
import { followWritesInSearch } from '../search/follow-writes';
import { clearCacheAfterWrites } from './clear-cache';
import { removeMirroredWithSource } from './deleted-sources';
import { editorRules } from './editor-rules';
import { mirroredReadOnly } from './mirrored-read-only';
import { defaultPublicationDate } from './publication-date';
import { recordRemovals } from './removals';
import { saveThenPublish } from './save-then-publish';

export function registerWriteRules(strapi: Core.Strapi) {
  const middlewares = [
    networkEditorGuard,
    mirroredReadOnly,
    editorRules,
    saveThenPublish,
    followWritesInSearch,
    recordRemovals,
    removeMirroredWithSource,
  ];
  for (const middleware of middlewares) strapi.documents.use(middleware(strapi));
  strapi.db.lifecycles.subscribe({ models: [CONTENT_TYPES.report], ...defaultPublicationDate(strapi) });
  strapi.db.lifecycles.subscribe({ models: [...TREFFPUNKT_UIDS], ...clearCacheAfterWrites(strapi) });
  strapi.db.lifecycles.subscribe({ models: [CONTENT_TYPES.report, CONTENT_TYPES.event], ...announceOnPublish(strapi) });
}

/**
 * A meeting or report that stopped being public (unpublished or deleted), kept so that the sync
 * answer (GET …/networks/:slug/sync?since=) can tell other installs to remove their copy.
 * Written by the write rules (writes/removals.ts); a document published again is not named.
 */
export default {
  kind: 'collectionType' as const,
  collectionName: 'treffpunkt_removals',
  info: {
    singularName: 'removal',
    pluralName: 'removals',
    displayName: 'Removal',
    description: 'A meeting or report that is no longer public',
  },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  attributes: {
    kind: { type: 'enumeration', enum: ['event', 'report'], required: true },
    removedDocumentId: { type: 'string', required: true, maxLength: 64 },
    /** The network it belonged to (its documentId), so that each network's answer names its own. */
    networkDocumentId: { type: 'string', maxLength: 64 },
    removedAt: { type: 'datetime', required: true },
  },
};

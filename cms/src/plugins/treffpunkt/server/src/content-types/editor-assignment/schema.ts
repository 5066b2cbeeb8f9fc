/**
 * One admin user editing one network (server/src/network-editors). Its own table, outside the
 * drafts and languages of the network: a network's documentId is the same in every language
 * and version, where a relation to the network would link one row of one language only.
 * Hidden from the content manager; the network's edit view has its own panel for it.
 */
export default {
  kind: 'collectionType' as const,
  collectionName: 'treffpunkt_editor_assignments',
  info: {
    singularName: 'editor-assignment',
    pluralName: 'editor-assignments',
    displayName: 'Editor assignment',
    description: 'An admin user who edits a network',
  },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  attributes: {
    networkDocumentId: { type: 'string', required: true, maxLength: 64 },
    // Deleting the admin user removes the link; the row then has no user and counts for nobody.
    user: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
  },
};

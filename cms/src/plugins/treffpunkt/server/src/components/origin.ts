import type { ComponentSchema } from './component-schema';

/**
 * Where a mirrored meeting or report comes from (server/src/sources): written by the sync only,
 * hidden from the edit form (the origin panel shows it). Each language version has its own: the
 * address differs by language. `media` holds its images and attachments by address, checked
 * like a source's address, since they stay on the origin's site.
 */
export default {
  collectionName: 'components_treffpunkt_origins',
  info: {
    displayName: 'Origin',
    icon: 'globe',
    description: 'The site a mirrored meeting or report comes from',
  },
  options: {},
  attributes: {
    sourceId: { type: 'string', required: true, maxLength: 64 },
    originId: { type: 'string', required: true, maxLength: 1000 },
    name: { type: 'string', required: true, maxLength: 200 },
    url: { type: 'string', required: true, maxLength: 2000 },
    /** The address of one date of a series, `{date}` for its YYYY-MM-DD. */
    dateUrl: { type: 'string', maxLength: 2000 },
    originUpdatedAt: { type: 'datetime' },
    /** What the sync last wrote, so that an unchanged item is not written again. */
    fingerprint: { type: 'string', maxLength: 64 },
    media: { type: 'json' },
  },
} satisfies ComponentSchema;

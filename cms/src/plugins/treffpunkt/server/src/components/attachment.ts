import type { ComponentSchema } from './component-schema';

/** Documents (shared/attachments.ts names the file types) and photos; the library's other kinds are no documents. */
export default {
  collectionName: 'components_treffpunkt_attachments',
  info: {
    displayName: 'Attachment',
    icon: 'paperclip',
    description: 'A file that belongs to a meeting or report: minutes, slides, photos',
  },
  options: {},
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    file: { type: 'media', multiple: false, required: true, allowedTypes: ['files', 'images'] },
  },
} satisfies ComponentSchema;

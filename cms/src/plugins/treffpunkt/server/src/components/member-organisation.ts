import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_member_organisations',
  info: { displayName: 'Member organisation', icon: 'house', description: 'An organisation that belongs to the network' },
  options: {},
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    website: { type: 'string', maxLength: 500, regex: '^https?://\\S+$' },
    region: { type: 'string', maxLength: 160 },
  },
} satisfies ComponentSchema;

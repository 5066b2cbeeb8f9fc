import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_people',
  info: { displayName: 'Author', icon: 'feather', description: 'Who wrote a report, with role or affiliation' },
  options: {},
  attributes: {
    name: { type: 'string', required: true, maxLength: 120 },
    role: { type: 'string', maxLength: 200 },
  },
} satisfies ComponentSchema;

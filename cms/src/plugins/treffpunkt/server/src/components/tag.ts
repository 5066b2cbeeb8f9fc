import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_tags',
  info: { displayName: 'Tag', icon: 'hashtag', description: 'A keyword, lower case, used to filter reports and meetings' },
  options: {},
  attributes: {
    name: { type: 'string', required: true, maxLength: 60, regex: '^[a-z0-9äöüß]+(-[a-z0-9äöüß]+)*$' },
  },
} satisfies ComponentSchema;

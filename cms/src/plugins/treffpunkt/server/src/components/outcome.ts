import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_outcomes',
  info: { displayName: 'Outcome', icon: 'check', description: 'One short result of a meeting' },
  options: {},
  attributes: {
    text: { type: 'string', required: true, maxLength: 500 },
  },
} satisfies ComponentSchema;

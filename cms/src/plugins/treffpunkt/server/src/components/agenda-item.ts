import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_agenda_items',
  info: { displayName: 'Agenda item', icon: 'bulletList', description: "One point of a meeting's agenda" },
  options: {},
  attributes: {
    time: { type: 'string', maxLength: 40 },
    topic: { type: 'string', required: true, maxLength: 300 },
  },
} satisfies ComponentSchema;

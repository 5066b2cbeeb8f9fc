import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_venues',
  info: { displayName: 'Venue', icon: 'pinMap', description: 'Where an in-person meeting takes place' },
  options: {},
  attributes: {
    name: { type: 'string', maxLength: 200 },
    street: { type: 'string', maxLength: 200 },
    postalCode: { type: 'string', maxLength: 12 },
    city: { type: 'string', maxLength: 120 },
    latitude: { type: 'decimal', min: -90, max: 90 },
    longitude: { type: 'decimal', min: -180, max: 180 },
  },
} satisfies ComponentSchema;

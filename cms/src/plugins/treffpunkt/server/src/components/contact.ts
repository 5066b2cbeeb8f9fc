import type { ComponentSchema } from './component-schema';

export default {
  collectionName: 'components_treffpunkt_contacts',
  info: {
    displayName: 'Contact person',
    icon: 'user',
    description: 'A contact person; each detail is shown publicly only when marked public',
  },
  options: {},
  attributes: {
    name: { type: 'string', maxLength: 120 },
    namePublic: { type: 'boolean', default: true },
    role: { type: 'string', maxLength: 160 },
    rolePublic: { type: 'boolean', default: true },
    email: { type: 'email', private: true },
    emailPublic: { type: 'boolean', default: false },
    phone: { type: 'string', maxLength: 40, private: true },
    phonePublic: { type: 'boolean', default: false },
  },
} satisfies ComponentSchema;

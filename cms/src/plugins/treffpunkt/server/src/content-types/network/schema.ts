/** The network content type. Enumerations come from the wire format's lists, so the API, the demo and the schema cannot drift. */
import { CONTENT_TYPES } from '../../../../shared/content-types';
import { NETWORK_KINDS } from '../../../../shared/wire';

export default {
  kind: 'collectionType',
  collectionName: 'treffpunkt_networks',
  info: { singularName: 'network', pluralName: 'networks', displayName: 'Network', description: 'A network, association, federation or one of its Fachbereiche' },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true }, 'content-manager': { visible: true }, 'content-type-builder': { visible: true } },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200, pluginOptions: { i18n: { localized: false } } },
    slug: { type: 'uid', targetField: 'name', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', pluginOptions: { i18n: { localized: false } } },
    kind: { type: 'enumeration', enum: [...NETWORK_KINDS], required: true, default: 'association', pluginOptions: { i18n: { localized: false } } },
    shortDescription: { type: 'text', maxLength: 400, pluginOptions: { i18n: { localized: true } } },
    description: { type: 'blocks', pluginOptions: { i18n: { localized: true } } },
    region: { type: 'string', maxLength: 200, pluginOptions: { i18n: { localized: true } } },
    website: { type: 'string', maxLength: 500, regex: '^https?://\\S+$', pluginOptions: { i18n: { localized: false } } },
    logo: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: { i18n: { localized: false } } },
    contact: { type: 'component', component: 'treffpunkt.contact', repeatable: false, pluginOptions: { i18n: { localized: false } } },
    parent: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network, inversedBy: 'children' },
    children: { type: 'relation', relation: 'oneToMany', target: CONTENT_TYPES.network, mappedBy: 'parent' },
    members: { type: 'component', component: 'treffpunkt.member-organisation', repeatable: true, pluginOptions: { i18n: { localized: false } } },
  },
};

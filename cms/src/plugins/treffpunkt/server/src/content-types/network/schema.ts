/** The network content type; its enumerations are the wire format's lists, so API, demo and schema cannot drift. */
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { SITE_REPORT_TEMPLATE_MAX_LENGTH } from 'treffpunkt-shared/widget-options';
import { DEFAULT_DIGEST_DAY, WEEKDAYS } from 'treffpunkt-shared/following';
import { NETWORK_KINDS } from 'treffpunkt-shared/wire';
import { choice } from '../../custom-fields';
import { shared, translatableDocument, translated } from '../document-options';

export default {
  ...translatableDocument(),
  collectionName: 'treffpunkt_networks',
  info: {
    singularName: 'network',
    pluralName: 'networks',
    displayName: 'Network',
    description: 'A network, association, federation or one of its Fachbereiche',
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200, ...shared() },
    slug: { type: 'uid', targetField: 'name', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', ...shared() },
    kind: { ...choice(), enum: [...NETWORK_KINDS], required: true, default: 'association', ...shared() },
    shortDescription: { type: 'text', maxLength: 400, ...translated() },
    description: { type: 'blocks', ...translated() },
    region: { type: 'string', maxLength: 200, ...translated() },
    website: { type: 'string', maxLength: 500, regex: '^https?://\\S+$', ...shared() },
    // Where the network's own website shows each report and meeting ({slug}): then that is their address everywhere.
    reportPageTemplate: { type: 'string', maxLength: SITE_REPORT_TEMPLATE_MAX_LENGTH, ...shared() },
    meetingPageTemplate: { type: 'string', maxLength: SITE_REPORT_TEMPLATE_MAX_LENGTH, ...shared() },
    logo: { type: 'media', multiple: false, allowedTypes: ['images'], ...shared() },
    contact: { type: 'component', component: 'treffpunkt.contact', repeatable: false, ...shared() },
    parent: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network, inversedBy: 'children' },
    children: { type: 'relation', relation: 'oneToMany', target: CONTENT_TYPES.network, mappedBy: 'parent' },
    members: { type: 'component', component: 'treffpunkt.member-organisation', repeatable: true, ...shared() },
    // The weekday its e-mail followers who chose the digest get the coming meetings (following/).
    digestDay: { ...choice(), enum: [...WEEKDAYS], default: DEFAULT_DIGEST_DAY, ...shared() },
  },
};

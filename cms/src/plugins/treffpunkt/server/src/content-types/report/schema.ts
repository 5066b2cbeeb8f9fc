/** The report content type. Enumerations come from the wire format's lists, so the API, the demo and the schema cannot drift. */
import { CONTENT_TYPES } from '../../../../shared/content-types';

export default {
  kind: 'collectionType',
  collectionName: 'treffpunkt_reports',
  info: { singularName: 'report', pluralName: 'reports', displayName: 'Report', description: 'What a meeting discussed, what came out of it and what comes next' },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true }, 'content-manager': { visible: true }, 'content-type-builder': { visible: true } },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, pluginOptions: { i18n: { localized: true } } },
    slug: { type: 'uid', targetField: 'title', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', pluginOptions: { i18n: { localized: false } } },
    summary: { type: 'text', maxLength: 400, pluginOptions: { i18n: { localized: true } } },
    body: { type: 'blocks', pluginOptions: { i18n: { localized: true } } },
    network: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network },
    event: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.event },
    meetingStart: { type: 'date', pluginOptions: { i18n: { localized: false } } },
    meetingEnd: { type: 'date', pluginOptions: { i18n: { localized: false } } },
    place: { type: 'string', maxLength: 200, pluginOptions: { i18n: { localized: true } } },
    author: { type: 'component', component: 'treffpunkt.person', repeatable: false, pluginOptions: { i18n: { localized: false } } },
    participants: { type: 'integer', min: 0, pluginOptions: { i18n: { localized: false } } },
    outcomes: { type: 'component', component: 'treffpunkt.outcome', repeatable: true, pluginOptions: { i18n: { localized: true } } },
    nextSteps: { type: 'blocks', pluginOptions: { i18n: { localized: true } } },
    cover: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: { i18n: { localized: false } } },
    gallery: { type: 'media', multiple: true, allowedTypes: ['images'], pluginOptions: { i18n: { localized: false } } },
    tags: { type: 'component', component: 'treffpunkt.tag', repeatable: true, pluginOptions: { i18n: { localized: false } } },
    contact: { type: 'component', component: 'treffpunkt.contact', repeatable: false, pluginOptions: { i18n: { localized: false } } },
    publicationDate: { type: 'date', pluginOptions: { i18n: { localized: false } } },
  },
};

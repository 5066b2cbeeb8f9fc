/** The report content type; its enumerations are the wire format's lists, so API, demo and schema cannot drift. */
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { shared, translatableDocument, translated } from '../document-options';

export default {
  ...translatableDocument(),
  collectionName: 'treffpunkt_reports',
  info: {
    singularName: 'report',
    pluralName: 'reports',
    displayName: 'Report',
    description: 'What a meeting discussed, what came out of it and what comes next',
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, ...translated() },
    slug: { type: 'uid', targetField: 'title', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', ...shared() },
    summary: { type: 'text', maxLength: 400, ...translated() },
    body: { type: 'blocks', ...translated() },
    network: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network },
    event: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.event },
    // When the event repeats: the date of the occurrence reported on ("the meeting on 4 March").
    occurrence: { type: 'date', ...shared() },
    meetingStart: { type: 'date', ...shared() },
    meetingEnd: { type: 'date', ...shared() },
    place: { type: 'string', maxLength: 200, ...translated() },
    author: { type: 'component', component: 'treffpunkt.person', repeatable: false, ...shared() },
    participants: { type: 'integer', min: 0, ...shared() },
    outcomes: { type: 'component', component: 'treffpunkt.outcome', repeatable: true, ...translated() },
    nextSteps: { type: 'blocks', ...translated() },
    cover: { type: 'media', multiple: false, allowedTypes: ['images'], ...shared() },
    gallery: { type: 'media', multiple: true, allowedTypes: ['images'], ...shared() },
    tags: { type: 'component', component: 'treffpunkt.tag', repeatable: true, ...shared() },
    attachments: { type: 'component', component: 'treffpunkt.attachment', repeatable: true, ...shared() },
    contact: { type: 'component', component: 'treffpunkt.contact', repeatable: false, ...shared() },
    publicationDate: { type: 'date', ...shared() },
  },
};

/** The event content type. Enumerations come from the wire format's lists, so the API, the demo and the schema cannot drift. */
import { CONTENT_TYPES } from '../../../../shared/content-types';
import { ATTENDANCE_MODES, DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES } from '../../../../shared/wire';
import { DEFAULT_TIME_ZONE } from '../../time/zoned-time';

export default {
  kind: 'collectionType',
  collectionName: 'treffpunkt_events',
  info: { singularName: 'event', pluralName: 'events', displayName: 'Event', description: 'A meeting of a network: Arbeitstreffen, workshop, Fachvernetzung, conference' },
  options: { draftAndPublish: true },
  pluginOptions: { i18n: { localized: true }, 'content-manager': { visible: true }, 'content-type-builder': { visible: true } },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, pluginOptions: { i18n: { localized: true } } },
    slug: { type: 'uid', targetField: 'title', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', pluginOptions: { i18n: { localized: false } } },
    network: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network },
    kind: { type: 'enumeration', enum: [...EVENT_KINDS], required: true, default: 'meeting', pluginOptions: { i18n: { localized: false } } },
    start: { type: 'datetime', required: true, pluginOptions: { i18n: { localized: false } } },
    end: { type: 'datetime', pluginOptions: { i18n: { localized: false } } },
    allDay: { type: 'boolean', default: false, pluginOptions: { i18n: { localized: false } } },
    timeZone: { type: 'string', default: DEFAULT_TIME_ZONE, required: true, maxLength: 64, pluginOptions: { i18n: { localized: false } } },
    datePrecision: { type: 'enumeration', enum: [...DATE_PRECISIONS], default: 'time', required: true, pluginOptions: { i18n: { localized: false } } },
    eventStatus: { type: 'enumeration', enum: [...EVENT_STATUSES], default: 'planned', required: true, pluginOptions: { i18n: { localized: false } } },
    attendanceMode: { type: 'enumeration', enum: [...ATTENDANCE_MODES], default: 'in-person', required: true, pluginOptions: { i18n: { localized: false } } },
    venue: { type: 'component', component: 'treffpunkt.venue', repeatable: false, pluginOptions: { i18n: { localized: false } } },
    onlineUrl: { type: 'string', maxLength: 500, regex: '^https?://\\S+$', private: true, pluginOptions: { i18n: { localized: false } } },
    onlineUrlPublic: { type: 'boolean', default: false, pluginOptions: { i18n: { localized: false } } },
    agenda: { type: 'component', component: 'treffpunkt.agenda-item', repeatable: true, pluginOptions: { i18n: { localized: true } } },
    registrationUrl: { type: 'string', maxLength: 500, regex: '^(https?://|mailto:)\\S+$', pluginOptions: { i18n: { localized: false } } },
    registrationDeadline: { type: 'datetime', pluginOptions: { i18n: { localized: false } } },
    capacity: { type: 'integer', min: 1, pluginOptions: { i18n: { localized: false } } },
    host: { type: 'string', maxLength: 200, pluginOptions: { i18n: { localized: false } } },
    summary: { type: 'text', maxLength: 400, pluginOptions: { i18n: { localized: true } } },
    description: { type: 'blocks', pluginOptions: { i18n: { localized: true } } },
    image: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: { i18n: { localized: false } } },
  },
};

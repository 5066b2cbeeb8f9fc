/** The event content type; its enumerations are the wire format's lists, so API, demo and schema cannot drift. */
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { ATTENDANCE_MODES, DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES } from 'treffpunkt-shared/wire';
import { DEFAULT_TIME_ZONE } from '../../time/zoned-time';
import { choice, meetingTime, recurrence } from '../../custom-fields';
import { mirroring, shared, translatableDocument, translated } from '../document-options';

export default {
  ...translatableDocument(),
  collectionName: 'treffpunkt_events',
  info: {
    singularName: 'event',
    pluralName: 'events',
    displayName: 'Event',
    description: 'A meeting of a network: Arbeitstreffen, workshop, Fachvernetzung, conference',
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, ...translated() },
    slug: { type: 'uid', targetField: 'title', required: true, regex: '^[a-z0-9]+(-[a-z0-9]+)*$', ...shared() },
    network: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network },
    kind: { ...choice(), enum: [...EVENT_KINDS], required: true, default: 'meeting', ...shared() },
    start: { ...meetingTime('start'), required: true, ...shared() },
    end: { ...meetingTime('end'), ...shared() },
    allDay: { type: 'boolean', default: false, ...shared() },
    // A meeting that repeats (shared/recurrence.ts): empty for a single one. Checked by validation/recurrence.ts.
    recurrence: { ...recurrence(), ...shared() },
    timeZone: { type: 'string', default: DEFAULT_TIME_ZONE, required: true, maxLength: 64, ...shared() },
    datePrecision: { ...choice(), enum: [...DATE_PRECISIONS], default: 'time', required: true, ...shared() },
    eventStatus: { ...choice(), enum: [...EVENT_STATUSES], default: 'planned', required: true, ...shared() },
    attendanceMode: { ...choice(), enum: [...ATTENDANCE_MODES], default: 'in-person', required: true, ...shared() },
    venue: { type: 'component', component: 'treffpunkt.venue', repeatable: false, ...shared() },
    onlineUrl: { type: 'string', maxLength: 500, regex: '^https?://\\S+$', private: true, ...shared() },
    onlineUrlPublic: { type: 'boolean', default: false, ...shared() },
    agenda: { type: 'component', component: 'treffpunkt.agenda-item', repeatable: true, ...translated() },
    registrationUrl: { type: 'string', maxLength: 500, regex: '^(https?://|mailto:)\\S+$', ...shared() },
    registrationDeadline: { ...meetingTime('deadline'), ...shared() },
    capacity: { type: 'integer', min: 1, ...shared() },
    host: { type: 'string', maxLength: 200, ...shared() },
    summary: { type: 'text', maxLength: 400, ...translated() },
    description: { type: 'blocks', ...translated() },
    image: { type: 'media', multiple: false, allowedTypes: ['images'], ...shared() },
    attachments: { type: 'component', component: 'treffpunkt.attachment', repeatable: true, ...shared() },
    ...mirroring(),
    // Keywords as reports have them: a widget and its calendar subscription can show one tag's meetings.
    tags: { type: 'component', component: 'treffpunkt.tag', repeatable: true, ...shared() },
  },
};

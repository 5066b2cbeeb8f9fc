/**
 * A site the office mirrors meetings and reports from (server/src/sources), into one of its
 * networks. The office manages sources in the content manager; what a read found is kept in
 * fields the sync writes and the edit form does not show (the source panel says it in words).
 */
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { SOURCE_FORMATS } from 'treffpunkt-shared/sources';
import { choice } from '../../custom-fields';

/** Written by the sync, read by the source panel and the home page: not part of the form. */
const state = <Attribute extends object>(attribute: Attribute) => ({ ...attribute, visible: false });

export default {
  kind: 'collectionType' as const,
  collectionName: 'treffpunkt_sources',
  info: {
    singularName: 'source',
    pluralName: 'sources',
    displayName: 'Source',
    description: "A member's Treffpunkt, feed or calendar whose meetings and reports are mirrored here",
  },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false }, i18n: { localized: false } },
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    url: { type: 'string', required: true, maxLength: 1000, regex: '^https?://\\S+$' },
    format: { ...choice(), enum: [...SOURCE_FORMATS], required: true, default: 'feed' },
    network: { type: 'relation', relation: 'manyToOne', target: CONTENT_TYPES.network },
    includeSubnetworks: { type: 'boolean', default: false },
    originName: state({ type: 'string', maxLength: 200 }),
    lastAttemptAt: state({ type: 'datetime' }),
    lastSuccessAt: state({ type: 'datetime' }),
    httpStatus: state({ type: 'integer' }),
    /** Why the last read failed, in German and English; null when it did not. */
    problem: state({ type: 'json' }),
    /** What the last good read could not take over as it was, each in German and English. */
    notes: state({ type: 'json' }),
    failures: state({ type: 'integer', default: 0 }),
    nextAttemptAt: state({ type: 'datetime' }),
    /** The validators and the position of the last good read, for the next one: what they were read from, and their values. */
    readFrom: state({ type: 'string', maxLength: 1100 }),
    etag: state({ type: 'string', maxLength: 500 }),
    lastModified: state({ type: 'string', maxLength: 100 }),
    cursor: state({ type: 'string', maxLength: 100 }),
  },
};

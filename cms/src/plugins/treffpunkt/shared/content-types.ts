/** The plugin's three content types, by the uid Strapi knows them under: defined here, used by server and admin. */
export const CONTENT_TYPES = {
  network: 'plugin::treffpunkt.network',
  event: 'plugin::treffpunkt.event',
  report: 'plugin::treffpunkt.report',
} as const;

export type TreffpunktUid = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

export const TREFFPUNKT_UIDS: readonly TreffpunktUid[] = Object.values(CONTENT_TYPES);

export function isTreffpunktUid(uid: string): uid is TreffpunktUid {
  return (TREFFPUNKT_UIDS as readonly string[]).includes(uid);
}

/**
 * Which admin users edit which network (see server/src/network-editors): a hidden type of the
 * plugin, not one of the three editors write, so not in CONTENT_TYPES.
 */
export const EDITOR_ASSIGNMENT = 'plugin::treffpunkt.editor-assignment';

/**
 * A site the office mirrors meetings and reports from (server/src/sources): managed in the
 * content manager by the roles allowed to, not one of the three types editors write.
 */
export const SOURCE = 'plugin::treffpunkt.source';

/** Meetings and reports unpublished or deleted, so that the sync answer can name them (hidden). */
export const REMOVAL = 'plugin::treffpunkt.removal';

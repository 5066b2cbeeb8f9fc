/** Where things are in Strapi's content manager, for links from the plugin's screens and hooks. */
import { CONTENT_TYPES } from 'treffpunkt-shared/admin-api';

/** A document's edit view, in one of its languages (a path inside the admin, as react-router takes it). */
export const editViewPath = (uid: string, document: { documentId: string; locale: string }) =>
  `/content-manager/collection-types/${uid}/${document.documentId}?plugins[i18n][locale]=${document.locale}`;

export const listViewPath = (uid: string) => `/content-manager/collection-types/${uid}`;

/** The Treffpunkt type the content manager shows now: its hooks get no model uid, but its URL names it. */
export function modelInView(): string | undefined {
  const path = decodeURIComponent(window.location.pathname);
  return Object.values(CONTENT_TYPES).find((uid) => path.includes(`/${uid}`));
}

/** How tests read the answers of Strapi's admin API and the documents Strapi returns, typed with Strapi's own types. */
import type { Modules } from '@strapi/strapi';

/** A document as Strapi returns it: its ids and the fields of its content type, which Strapi's types leave open. */
export type AnyDocument = Modules.Documents.AnyDocument;

/** A refusal as Strapi's error middleware writes it. */
export interface AdminError {
  status: number;
  name: string;
  message: string;
  /** Strapi's validation names the fields (`errors`), the plugin's own refusals the parameter; each refusal has one. */
  details: { errors: { path: string[]; message: string; name: string }[]; parameter: string };
}

/**
 * An answer of the admin API. Each answer carries one of these (a document or the plugin's answer in `data`, a page
 * of documents in `results`, a refusal in `error`); a test reads the one its assertions expect, and reading one the
 * answer does not carry fails the test.
 */
export interface AdminAnswer {
  data: AnyDocument;
  results: AnyDocument[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  /** Beside one document: its other language versions and its draft or published version. */
  meta: { availableLocales: AnyDocument[]; availableStatus: AnyDocument[] };
  error: AdminError;
}

/** An answer of the admin API: an `AdminAnswer` of Strapi's routes, or a plugin route's answer type from treffpunkt-shared. */
export interface AdminResponse<Answer = AdminAnswer> {
  status: number;
  body: Answer;
}

/** A permission of an admin role as Strapi stores it (`admin::permission`). */
export interface StoredPermission {
  action: string;
  subject: string | null;
  conditions: string[];
  properties: { fields?: string[]; locales?: string[] };
}

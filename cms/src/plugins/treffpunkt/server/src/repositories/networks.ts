/** Published networks, as stored: their slugs for filters, and a network's whole profile. */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
import type { Weekday } from 'treffpunkt-shared/following';
import { LOCALES, type Locale, type NetworkKind } from 'treffpunkt-shared/wire';
import { findPublishedDocuments, findPublishedRows, type StoredDocument } from './published';
import type { MediaFile, StoredContact, StoredNetworkRef } from './stored-parts';

const NETWORK = CONTENT_TYPES.network;

export interface StoredNetwork extends StoredNetworkRef, StoredDocument {
  kind: NetworkKind;
  shortDescription?: string | null;
  description?: unknown;
  region?: string | null;
  website?: string | null;
  logo?: MediaFile | null;
  contact?: StoredContact | null;
  parent?: StoredNetworkRef | null;
  children?: StoredNetworkRef[];
  members?: { name: string; website?: string | null; region?: string | null }[];
  digestDay?: Weekday | null;
}

interface NetworkRow extends StoredDocument {
  slug: string;
}

/** A published network's place in the tree and its digest day, in any language. */
export interface NetworkFrame {
  documentId: string;
  parent: string | null;
  digestDay: Weekday | null;
}

const PROFILE_POPULATE = {
  logo: true,
  contact: true,
  members: true,
  parent: { fields: ['slug', 'name'] },
  children: { fields: ['slug', 'name'], sort: ['name:asc'] },
};

export function networkRepository(strapi: Core.Strapi) {
  /** A published network by its document, in `locale` (else German), with its parent and children. */
  async function byDocument(documentId: string, locale: Locale): Promise<StoredNetwork | null> {
    const [network] = await findPublishedDocuments<StoredNetwork>(strapi, NETWORK, [documentId], locale, PROFILE_POPULATE, [
      'parent',
      'children',
    ]);
    return network ?? null;
  }

  const slugsWhere = async (where: Record<string, unknown>) =>
    (await findPublishedRows<NetworkRow>(strapi, NETWORK, LOCALES, where, ['slug'])).map((row) => row.slug);

  return {
    /** Which of `slugs` name a published network. */
    publishedSlugs: (slugs: string[]) => slugsWhere({ slug: { $in: slugs } }),

    /** The documents of the published networks named `slugs`. */
    async documentIds(slugs: string[]): Promise<string[]> {
      return (await findPublishedRows<NetworkRow>(strapi, NETWORK, LOCALES, { slug: { $in: slugs } }, ['slug'])).map(
        (row) => row.documentId,
      );
    },

    /** The published networks directly below those named `parents`. */
    childSlugs: (parents: string[]) => slugsWhere({ parent: { slug: { $in: parents } } }),

    /** A published network's profile in `locale` (else German), with its parent and children. */
    async bySlug(slug: string, locale: Locale): Promise<StoredNetwork | null> {
      const [row] = await findPublishedRows<NetworkRow>(strapi, NETWORK, readingOrder(locale), { slug }, ['slug']);
      return row ? byDocument(row.documentId, locale) : null;
    },

    byDocument,

    /** Every published network with its parent and digest day: the tree, for following by e-mail. */
    async frames(): Promise<NetworkFrame[]> {
      const rows = (await strapi.db.query(NETWORK).findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId', 'digestDay'],
        populate: { parent: { select: ['documentId'] } },
      })) as { documentId: string; digestDay: Weekday | null; parent: { documentId: string } | null }[];
      // One per document: a translation made before its parent was translated has no parent of its own.
      const frames = new Map<string, NetworkFrame>();
      for (const row of rows) {
        const parent = row.parent?.documentId ?? frames.get(row.documentId)?.parent ?? null;
        frames.set(row.documentId, { documentId: row.documentId, parent, digestDay: row.digestDay });
      }
      return [...frames.values()];
    },
  };
}

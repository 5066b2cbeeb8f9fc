/** Published networks, as stored: their slugs for filters, and a network's whole profile. */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
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
}

interface NetworkRow extends StoredDocument {
  slug: string;
}

const PROFILE_POPULATE = {
  logo: true,
  contact: true,
  members: true,
  parent: { fields: ['slug', 'name'] },
  children: { fields: ['slug', 'name'], sort: ['name:asc'] },
};

export function networkRepository(strapi: Core.Strapi) {
  const slugsWhere = async (where: Record<string, unknown>) =>
    (await findPublishedRows<NetworkRow>(strapi, NETWORK, LOCALES, where, ['slug'])).map((row) => row.slug);

  return {
    /** Which of `slugs` name a published network. */
    publishedSlugs: (slugs: string[]) => slugsWhere({ slug: { $in: slugs } }),

    /** The published networks directly below those named `parents`. */
    childSlugs: (parents: string[]) => slugsWhere({ parent: { slug: { $in: parents } } }),

    /** A published network's profile in `locale` (else German), with its parent and children. */
    async bySlug(slug: string, locale: Locale): Promise<StoredNetwork | null> {
      const [row] = await findPublishedRows<NetworkRow>(strapi, NETWORK, readingOrder(locale), { slug }, ['slug']);
      if (!row) return null;
      const [network] = await findPublishedDocuments<StoredNetwork>(strapi, NETWORK, [row.documentId], locale, PROFILE_POPULATE, [
        'parent',
        'children',
      ]);
      return network ?? null;
    },
  };
}

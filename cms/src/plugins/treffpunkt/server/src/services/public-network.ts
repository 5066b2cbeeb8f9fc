import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { LOCALES, type Locale, type WireNetwork } from 'treffpunkt-shared/wire';
import { notFound } from '../http/errors';
import { findPublishedDocuments, findPublishedRows, localesFor } from '../reads/localized-reads';
import { toWireNetwork, type StoredNetwork } from '../wire/network';

const NETWORK = CONTENT_TYPES.network;
/** Federations nest Fachbereiche; deeper trees are not expected, and the limit keeps a cycle harmless. */
const MAX_NESTING = 5;

interface NetworkRow {
  documentId: string;
  locale: Locale;
  slug: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The slugs of the published networks asked for, with their child networks when
   * `includeSubnetworks` is set. An unknown slug is a 404 that names it.
   */
  async resolveSlugs(slugs: string[], includeSubnetworks: boolean): Promise<string[]> {
    const known = await findPublishedRows<NetworkRow>(strapi, NETWORK, LOCALES, { slug: { $in: slugs } }, ['slug']);
    const knownSlugs = new Set(known.map((row) => row.slug));
    const unknown = slugs.find((slug) => !knownSlugs.has(slug));
    if (unknown) throw notFound(`There is no published network "${unknown}".`, 'network');
    if (!includeSubnetworks) return [...knownSlugs];

    let parents = [...knownSlugs];
    for (let depth = 0; depth < MAX_NESTING && parents.length > 0; depth++) {
      const children = await findPublishedRows<NetworkRow>(strapi, NETWORK, LOCALES, { parent: { slug: { $in: parents } } }, ['slug']);
      parents = children.map((row) => row.slug).filter((slug) => !knownSlugs.has(slug));
      parents.forEach((slug) => knownSlugs.add(slug));
    }
    return [...knownSlugs];
  },

  async profile(slug: string, locale: Locale, baseUrl: string): Promise<WireNetwork> {
    const [row] = await findPublishedRows<NetworkRow>(strapi, NETWORK, localesFor(locale), { slug }, ['slug']);
    if (!row) throw notFound(`There is no published network "${slug}".`, 'slug');
    const [network] = (await findPublishedDocuments(
      strapi,
      NETWORK,
      [row.documentId],
      locale,
      {
        logo: true,
        contact: true,
        members: true,
        parent: { fields: ['slug', 'name'] },
        children: { fields: ['slug', 'name'], sort: ['name:asc'] },
      },
      ['parent', 'children'],
    )) as unknown as StoredNetwork[];
    return toWireNetwork(network, baseUrl);
  },
});

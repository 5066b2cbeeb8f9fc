import type { Core } from '@strapi/strapi';
import type { Locale, WireNetwork } from 'treffpunkt-shared/wire';
import { notFound } from '../http/errors';
import { networkRepository } from '../repositories/networks';
import { toWireNetwork } from '../wire/network';

/** Federations nest Fachbereiche; deeper trees are not expected, and the limit keeps a cycle harmless. */
const MAX_NESTING = 5;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const networks = networkRepository(strapi);

  return {
    /**
     * The slugs of the published networks asked for, with their child networks when
     * `includeSubnetworks` is set. An unknown slug is a 404 that names it.
     */
    async resolveSlugs(slugs: string[], includeSubnetworks: boolean): Promise<string[]> {
      const known = new Set(await networks.publishedSlugs(slugs));
      const unknown = slugs.find((slug) => !known.has(slug));
      if (unknown) throw notFound(`There is no published network "${unknown}".`, 'network');
      if (!includeSubnetworks) return [...known];

      let parents = [...known];
      for (let depth = 0; depth < MAX_NESTING && parents.length > 0; depth++) {
        parents = (await networks.childSlugs(parents)).filter((slug) => !known.has(slug));
        parents.forEach((slug) => known.add(slug));
      }
      return [...known];
    },

    /** A published network by its document, or null. */
    async byDocument(documentId: string, locale: Locale, baseUrl: string): Promise<WireNetwork | null> {
      const network = await networks.byDocument(documentId, locale);
      return network && toWireNetwork(network, baseUrl, locale);
    },

    /** Every published network's place in the tree and digest day. */
    frames: () => networks.frames(),

    async profile(slug: string, locale: Locale, baseUrl: string): Promise<WireNetwork> {
      const network = await networks.bySlug(slug, locale);
      if (!network) throw notFound(`There is no published network "${slug}".`, 'slug');
      return toWireNetwork(network, baseUrl, locale);
    },
  };
};

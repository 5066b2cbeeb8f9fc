/** A stored network in the wire format: its public profile, with child networks and feed addresses. */
import type { Locale, WireNetwork } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { feedUrls } from '../urls/public-urls';
import type { StoredNetwork } from '../repositories/networks';
import { networkPageUrl } from '../urls/pages';
import { toNetworkRef, toWireBlocks, toWireContact, toWireImage, trimmedOrNull } from './parts';

/** `locale` is the visitor's language: the network's page is given in it. */
export function toWireNetwork(network: StoredNetwork, baseUrl: string, locale: Locale): WireNetwork {
  return {
    ...toNetworkRef(network),
    url: networkPageUrl(baseUrl, network.slug, locale),
    locale: network.locale,
    kind: network.kind,
    shortDescription: trimmedOrNull(network.shortDescription),
    description: toWireBlocks(network.description, baseUrl),
    region: trimmedOrNull(network.region),
    website: safeUrl(network.website),
    logo: toWireImage(network.logo, baseUrl),
    contact: toWireContact(network.contact),
    parent: network.parent ? toNetworkRef(network.parent) : null,
    children: (network.children ?? []).map(toNetworkRef),
    members: (network.members ?? []).map((member) => ({
      name: member.name,
      website: safeUrl(member.website),
      region: trimmedOrNull(member.region),
    })),
    feeds: feedUrls(baseUrl, network.slug),
  };
}

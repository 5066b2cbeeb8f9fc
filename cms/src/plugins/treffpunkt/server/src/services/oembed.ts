/**
 * The oEmbed answers (/treffpunkt/oembed): which published document a pasted address names, and
 * which embed page shows it in the frame:
 * - a network's page: the network's latest reports;
 * - a report's page: the same, with that report open (the reports element's deep link), so the
 *   frame shows the report and, back from it, the network's other reports;
 * - a meeting's page, or a series date's: the network's next meeting, which is that meeting until
 *   it has taken place (no widget shows one chosen meeting);
 * - an embed page: itself.
 * In the frames of pages, a report's link leads to its page here rather than to the network's own
 * site: WordPress, which frames them in a sandbox, follows only links to the frame's own host.
 * Only what is published answers; any other address is a 404 (or a 400) that names `url`.
 */
import type { Core } from '@strapi/strapi';
import { embedFrameHeightPx, embedPageUrl, WIDGET_TITLES, type WidgetKind } from 'treffpunkt-shared/widget-options';
import type { Locale, WireNetwork } from 'treffpunkt-shared/wire';
import { badRequest, notFound, PublicApiError } from '../http/errors';
import { readAddress, type Address } from '../oembed/addresses';
import { oembedAnswer, type Embeddable, type OEmbedAnswer } from '../oembed/answer';
import { treffpunkt } from '../plugin';
import { reportPageUrl } from '../urls/pages';
import { parseEmbedOptions } from '../validation/embed-options';
import type { OEmbedQuery } from '../validation/oembed-query';

/** Where the reports element takes a report to open from the address (see widgets/src/latest-reports). */
const REPORT_DEEP_LINK = 'treffpunkt-report';
const SLUG_PLACE = '{slug}';

type AddressOf<Kind extends Address['kind']> = Extract<Address, { kind: Kind }>;

/** The problem with a document the address names, as a problem with `url`. */
function asUrlProblem(error: unknown): unknown {
  if (!(error instanceof PublicApiError) || (error.status !== 400 && error.status !== 404)) return error;
  const message = `Parameter "url" names no published page here: ${error.message}`;
  return error.status === 400 ? badRequest('url', message) : notFound(message, 'url');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;
  const profile = (slug: string, locale: Locale, baseUrl: string) => service('networks').profile(slug, locale, baseUrl);

  /** The page's network must be the document's: another network's address for it is no page. */
  function mustBelong(document: { network: { slug: string } }, network: WireNetwork, what: string) {
    if (document.network.slug !== network.slug) throw notFound(`The ${what} is not one of the network "${network.slug}".`);
  }

  /** A widget's embed page for one network, its report links leading to the reports' pages here. */
  function networkFrame(baseUrl: string, widget: WidgetKind, network: WireNetwork, locale: Locale, hash = '') {
    const reportPages = reportPageUrl(baseUrl, network.slug, SLUG_PLACE, locale).replace(encodeURIComponent(SLUG_PLACE), SLUG_PLACE);
    const attributes: [string, string][] = [
      ['network', network.slug],
      ['lang', locale],
      ['href-template', reportPages],
    ];
    return {
      src: embedPageUrl(baseUrl, widget, attributes) + hash,
      title: `${WIDGET_TITLES[locale][widget]}: ${network.name}`,
      height: embedFrameHeightPx(widget, undefined, undefined),
    };
  }

  async function ofNetwork({ network: slug, locale }: AddressOf<'network'>, baseUrl: string): Promise<Embeddable> {
    const network = await profile(slug, locale, baseUrl);
    return { title: network.name, page: network.url, image: network.logo, frame: networkFrame(baseUrl, 'latest-reports', network, locale) };
  }

  async function ofReport({ network: slug, slug: reportSlug, locale }: AddressOf<'report'>, baseUrl: string): Promise<Embeddable> {
    const [network, report] = await Promise.all([profile(slug, locale, baseUrl), service('reports').bySlug(reportSlug, locale, baseUrl)]);
    mustBelong(report, network, `report "${reportSlug}"`);
    const deepLink = `#${REPORT_DEEP_LINK}=${encodeURIComponent(report.slug)}`;
    return {
      title: report.title,
      page: report.url,
      image: report.cover,
      author: { name: network.name, url: network.url },
      frame: { ...networkFrame(baseUrl, 'latest-reports', network, locale, deepLink), title: report.title },
    };
  }

  async function ofMeeting({ network: slug, slug: eventSlug, date, locale }: AddressOf<'meeting'>, baseUrl: string): Promise<Embeddable> {
    const events = service('events');
    const [network, event] = await Promise.all([
      profile(slug, locale, baseUrl),
      date
        ? events.occurrence(eventSlug, date, locale, baseUrl)
        : events.calendarEntry(eventSlug, locale, baseUrl).then((entry) => entry.event),
    ]);
    mustBelong(event, network, `meeting "${eventSlug}"`);
    return {
      title: event.title,
      page: event.url,
      image: event.image,
      author: { name: network.name, url: network.url },
      frame: networkFrame(baseUrl, 'next-meeting', network, locale),
    };
  }

  async function ofEmbedPage({ widget, query }: AddressOf<'embed'>, url: URL, baseUrl: string): Promise<Embeddable> {
    const options = parseEmbedOptions(widget, query);
    const networks = await Promise.all(options.attributes.network.split(',').map((slug) => profile(slug, options.lang, baseUrl)));
    const title = `${WIDGET_TITLES[options.lang][widget]}: ${networks.map((network) => network.name).join(', ')}`;
    const src = new URL(url.pathname + url.search + url.hash, baseUrl).href;
    return { title, page: src, image: null, frame: { src, title, height: embedFrameHeightPx(widget, options.layout, options.limit) } };
  }

  function embeddable(address: Address, url: URL, baseUrl: string): Promise<Embeddable> {
    switch (address.kind) {
      case 'network':
        return ofNetwork(address, baseUrl);
      case 'report':
        return ofReport(address, baseUrl);
      case 'meeting':
        return ofMeeting(address, baseUrl);
      case 'embed':
        return ofEmbedPage(address, url, baseUrl);
    }
  }

  return {
    /** The answer for a pasted address of this Treffpunkt (any scheme: a site may link to http:// of an https:// host). */
    async answer({ url, ...bounds }: OEmbedQuery, baseUrl: string): Promise<OEmbedAnswer> {
      const address = url.host === new URL(baseUrl).host ? readAddress(url) : null;
      if (!address) throw notFound(`Parameter "url" ("${url.href.slice(0, 200)}") is not the address of a page of this Treffpunkt.`, 'url');
      try {
        return oembedAnswer(await embeddable(address, url, baseUrl), bounds, baseUrl);
      } catch (error) {
        throw asUrlProblem(error);
      }
    },
  };
};

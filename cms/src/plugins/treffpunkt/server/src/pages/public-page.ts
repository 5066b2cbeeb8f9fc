/**
 * The HTML of the public pages around the body the widgets' renderer draws: a `<head>` for
 * search engines, link previews and feed readers (the oEmbed discovery link first, so a site
 * that reads only the first bytes finds it; canonical and hreflang addresses; schema.org JSON-LD;
 * OpenGraph and Twitter card; the network's feeds), styles inline, no script at all. And the
 * page for an address that shows nothing: 404 and 400, in the visitor's language.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import type { PageContent } from 'treffpunkt-shared/public-pages';
import { OEMBED_PATH } from 'treffpunkt-shared/public-routes';
import type { Locale, WireImage, WireNetworkRef } from 'treffpunkt-shared/wire';
import { networkStructuredData, reportStructuredData } from '../wire/structured-data';
import { scriptJson } from './embed';
import { htmlPage } from './html';

const TEXT = {
  de: { reports: 'Berichte', meetings: 'Termine' },
  en: { reports: 'Reports', meetings: 'Meetings' },
} satisfies Record<Locale, Record<string, string>>;

const OG_LOCALES: Record<Locale, string> = { de: 'de_DE', en: 'en_GB' };
/** Link previews show images up to about this width; a wider rendition only costs their bytes. */
const PREVIEW_IMAGE_WIDTH = 1200;

/** What the head says of a page besides its addresses. */
interface Summary {
  title: string;
  description: string | null;
  image: WireImage | null;
  type: 'website' | 'article';
  structuredData: Record<string, unknown>;
  /** A report's date and topics. */
  published?: string;
  tags?: string[];
}

function summaryOf(content: PageContent): Summary {
  const { network } = content;
  switch (content.page) {
    case 'network':
      return {
        title: network.name,
        description: network.shortDescription,
        image: network.logo,
        type: 'website',
        structuredData: networkStructuredData(network),
      };
    case 'report': {
      const { report } = content;
      return {
        title: `${report.title} – ${network.name}`,
        description: report.summary,
        image: report.cover ?? report.gallery[0] ?? null,
        type: 'article',
        structuredData: reportStructuredData(report, network),
        published: report.publishedOn,
        tags: report.tags,
      };
    }
    case 'meeting': {
      const { event } = content;
      return {
        title: `${event.title} – ${network.name}`,
        description: [event.display.when, event.display.place, event.summary].filter(Boolean).join(' · '),
        image: event.image,
        type: 'website',
        structuredData: { ...event.structuredData, url: content.canonical },
      };
    }
  }
}

/** The widest rendition a link preview needs. */
function previewImage(image: WireImage): { url: string; width: number | null; height: number | null } {
  const fitting = image.formats.filter((format) => format.width <= PREVIEW_IMAGE_WIDTH);
  return fitting[fitting.length - 1] ?? { url: image.url, width: image.width, height: image.height };
}

const meta = (attribute: 'name' | 'property', key: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}">`;

const link = (attributes: Record<string, string>) =>
  `<link ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')}>`;

function openGraph(summary: Summary, content: PageContent): string[] {
  const image = summary.image && previewImage(summary.image);
  const card = [
    meta('property', 'og:type', summary.type),
    meta('property', 'og:site_name', content.network.name),
    meta('property', 'og:title', summary.title),
    meta('property', 'og:description', summary.description),
    meta('property', 'og:url', content.canonical),
    meta('property', 'og:locale', OG_LOCALES[content.locale]),
    ...content.languages
      .filter((language) => language.locale !== content.locale)
      .map((language) => meta('property', 'og:locale:alternate', OG_LOCALES[language.locale])),
    meta('property', 'og:image', image?.url),
    meta('property', 'og:image:width', image?.width),
    meta('property', 'og:image:height', image?.height),
    meta('property', 'og:image:alt', summary.image?.alt),
    meta('property', 'article:published_time', summary.published),
    ...(summary.tags ?? []).map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', summary.title),
    meta('name', 'twitter:description', summary.description),
    meta('name', 'twitter:image', image?.url),
    meta('name', 'twitter:image:alt', summary.image?.alt),
  ];
  return card.filter(Boolean);
}

/** A public page: `body` is the widgets' renderer's, every editor text escaped there. */
export function publicPage(content: PageContent, body: string, style: string, baseUrl: string): string {
  const summary = summaryOf(content);
  const { locale, network } = content;
  const here = content.languages.find((language) => language.locale === locale)!.url;
  const oembed = `${baseUrl}${OEMBED_PATH}?url=${encodeURIComponent(here)}&format=json`;
  const text = TEXT[locale];
  const head = [
    link({ rel: 'alternate', type: 'application/json+oembed', href: oembed, title: summary.title }),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(summary.title)}</title>`,
    link({ rel: 'canonical', href: content.canonical }),
    ...content.languages.map((language) => link({ rel: 'alternate', hreflang: language.locale, href: language.url })),
    link({ rel: 'alternate', hreflang: 'x-default', href: content.languages[0].url }),
    meta('name', 'description', summary.description),
    ...openGraph(summary, content),
    link({ rel: 'alternate', type: 'application/atom+xml', title: `${network.name} – ${text.reports}`, href: network.feeds.reports }),
    link({ rel: 'alternate', type: 'text/calendar', title: `${network.name} – ${text.meetings}`, href: network.feeds.calendar }),
    `<script type="application/ld+json">${scriptJson(summary.structuredData)}</script>`,
    `<style>${style}</style>`,
  ];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
${head.join('\n')}
</head>
<body>${body}</body>
</html>
`;
}

const PROBLEMS = {
  de: {
    404: 'Seite nicht gefunden',
    400: 'Ungültige Adresse',
    500: 'Gerade nicht erreichbar',
    missing: 'Unter dieser Adresse ist nichts veröffentlicht.',
    wrong: (parameter: string) => `Der Parameter „${parameter}“ hat keinen gültigen Wert.`,
    later: 'Bitte später noch einmal versuchen.',
    network: (name: string) => `Zur Seite von ${name}`,
  },
  en: {
    404: 'Page not found',
    400: 'Invalid address',
    500: 'Not available right now',
    missing: 'Nothing is published at this address.',
    wrong: (parameter: string) => `The parameter “${parameter}” has no valid value.`,
    later: 'Please try again later.',
    network: (name: string) => `To the page of ${name}`,
  },
} as const;

const PROBLEM_STYLE = 'body{max-width:48rem;margin:0 auto;padding:1rem;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f}a{color:#0a58ca}';

export interface Problem {
  status: 400 | 404 | 500;
  /** The parameter that was wrong, and what the check says of it. */
  parameter?: string;
  message?: string;
  /** The network page to lead to, when the network is known. */
  network?: WireNetworkRef & { url: string };
}

/** What is wrong with the address, in the visitor's language, and where to go from here. */
export function problemPage(locale: Locale, problem: Problem): string {
  const text = PROBLEMS[locale];
  const paragraph = (line: string, lang?: Locale) => `<p${lang && lang !== locale ? ` lang="${lang}"` : ''}>${escapeHtml(line)}</p>`;
  const lines = {
    404: [paragraph(text.missing)],
    // The check's own words are English, as the API's.
    400: [paragraph(text.wrong(problem.parameter ?? 'query')), paragraph(problem.message ?? '', 'en')],
    500: [paragraph(text.later)],
  }[problem.status];
  const next = problem.network
    ? `<p><a href="${escapeHtml(problem.network.url)}">${escapeHtml(text.network(problem.network.name))}</a></p>`
    : '';
  return htmlPage({
    locale,
    title: text[problem.status],
    style: PROBLEM_STYLE,
    body: `<main><h1>${escapeHtml(text[problem.status])}</h1>${lines.join('')}${next}</main>`,
  });
}

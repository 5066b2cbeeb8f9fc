/**
 * The widget a site owner configured on the embed page, as element attributes and as the
 * snippet to paste. The preview builds its element from the same attributes, so what the
 * page shows is what the snippet makes. Attributes at the widget's default are left out.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import { firstRequestUrl, type FirstRequestOptions } from 'treffpunkt-shared/api-requests';
import {
  embedFrameHeightPx,
  embedPageUrl,
  isSiteReportTemplate,
  LANGUAGES,
  tagName,
  THEMES,
  WIDGET_DEFAULTS,
  WIDGET_TITLES,
  type LinkTarget,
  type WidgetKind,
} from 'treffpunkt-shared/widget-options';
import type { EventKind } from 'treffpunkt-shared/wire';

export interface WidgetOptions {
  widget: WidgetKind;
  network: string;
  includeSubnetworks: boolean;
  /** Only meetings of these kinds (the meeting widgets); none: all. */
  kinds: EventKind[];
  /** Only meetings or reports with this tag; empty: all. */
  tag: string;
  /** Items per page: reports, or upcoming meetings. */
  limit: number;
  layout: string;
  theme: (typeof THEMES)[number];
  lang: (typeof LANGUAGES)[number];
  headingLevel: number;
  /** A page of the site for a report, with `{slug}`; empty: reports open inside the widget. */
  hrefTemplate: string;
  /** Where the script snippet's fallback link goes; empty: the network's embed page. */
  fallbackUrl: string;
  /** Where an embed page opens links: the framing page, or a new tab. */
  target: LinkTarget;
}

/** Whether the widget shows pages of items, `limit` each. */
export const hasLimit = (widget: WidgetKind) => WIDGET_DEFAULTS[widget].limit !== undefined;

/** Whether the widget shows meetings, which it can narrow to some kinds. */
export const showsMeetings = (widget: WidgetKind) => widget !== 'latest-reports';

/** What the widget asks the API for, as the element will ask it (networks, kinds, tag, language, page size). */
export function requestOptions(options: WidgetOptions): FirstRequestOptions {
  return {
    network: options.network,
    includeSubnetworks: options.includeSubnetworks,
    kind: showsMeetings(options.widget) ? options.kinds.join(',') : undefined,
    tag: options.tag.trim() || undefined,
    locale: options.lang,
    limit: hasLimit(options.widget) ? options.limit : undefined,
  };
}

export function defaultOptions(network: string, lang: WidgetOptions['lang']): WidgetOptions {
  const widget = 'latest-reports';
  const { limit = 3, layout, headingLevel } = WIDGET_DEFAULTS[widget];
  return {
    widget,
    network,
    includeSubnetworks: false,
    kinds: [],
    tag: '',
    limit,
    layout,
    theme: 'light',
    lang,
    headingLevel,
    hrefTemplate: '',
    fallbackUrl: '',
    target: '_top',
  };
}

/** Switching the widget keeps what they share and resets what only the other one has. */
export function withWidget(options: WidgetOptions, widget: WidgetKind): WidgetOptions {
  const { layout, headingLevel, limit = options.limit } = WIDGET_DEFAULTS[widget];
  return { ...options, widget, layout, headingLevel, limit };
}

/** Attribute name and value, in the order the snippet lists them; `''` is a boolean attribute. */
export function widgetAttributes(options: WidgetOptions): [string, string][] {
  const defaults = WIDGET_DEFAULTS[options.widget];
  const { kind, tag } = requestOptions(options);
  const attributes: [string, string | false][] = [
    ['network', options.network],
    ['include-subnetworks', options.includeSubnetworks && ''],
    ['kind', kind || false],
    ['tag', tag ?? false],
    ['limit', defaults.limit !== undefined && options.limit !== defaults.limit && String(options.limit)],
    ['layout', options.layout !== defaults.layout && Boolean(options.layout) && options.layout],
    ['theme', options.theme !== 'light' && options.theme],
    ['lang', options.lang],
    ['heading-level', options.headingLevel !== defaults.headingLevel && String(options.headingLevel)],
    ['href-template', options.hrefTemplate.trim() || false],
  ];
  return attributes.filter((entry): entry is [string, string] => entry[1] !== false);
}

/** The stylesheet beside the bundle (the CMS serves both from one folder). */
export const stylesheetUrl = (widgetsUrl: string) => widgetsUrl.replace(/widgets\.js$/, 'widgets.css');

/** The CMS's address with a slash, as the widgets build their API URLs from it. */
const cmsBase = (widgetsUrl: string) => `${new URL(widgetsUrl).origin}/`;

const attributeText = (attributes: [string, string][]) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

/** Whether the iframe leaves the report page out, as one an embed page cannot take: its reports then open inside the widget. */
export function iframeLeavesOutReportPage(options: WidgetOptions): boolean {
  const template = options.hrefTemplate.trim();
  return template !== '' && !isSiteReportTemplate(template);
}

/** The attributes an embed page can take. */
function embedAttributes(options: WidgetOptions): [string, string][] {
  return widgetAttributes(options).filter(([name]) => name !== 'href-template' || !iframeLeavesOutReportPage(options));
}

/** The network's embed page for this widget: the iframe's address, and the script snippet's fallback link. */
export const embedUrl = (options: WidgetOptions, widgetsUrl: string) =>
  embedPageUrl(cmsBase(widgetsUrl), options.widget, embedAttributes(options), options.target);

/**
 * What the site owner pastes for the script (recommended): the stylesheet that keeps the widget's
 * place free until the script has run, a preload of the widget's first answer (so the browser
 * fetches it while the script is still on its way), the module script and the element. Inside the
 * element, a link for visitors without JavaScript (and for when the CMS is down): to the site's
 * own page, or the network's embed page. A stylesheet, not an inline <style>, so that sites with a
 * strict Content-Security-Policy keep it.
 */
export function snippet(options: WidgetOptions, widgetsUrl: string): string {
  const tag = tagName(options.widget);
  const firstRequest = firstRequestUrl(options.widget, cmsBase(widgetsUrl), requestOptions(options));
  const fallback = options.fallbackUrl.trim() || embedUrl(options, widgetsUrl);
  return [
    `<link rel="stylesheet" href="${escapeHtml(stylesheetUrl(widgetsUrl))}">`,
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeHtml(firstRequest)}">`,
    `<script type="module" src="${escapeHtml(widgetsUrl)}"></script>`,
    `<${tag}${attributeText(widgetAttributes(options))}><a href="${escapeHtml(fallback)}">${escapeHtml(WIDGET_TITLES[options.lang][options.widget])}</a></${tag}>`,
  ].join('\n');
}

/** The iframe for site builders that strip scripts, as tall as the embed page suggests. */
export function iframeCode(options: WidgetOptions, widgetsUrl: string): string {
  const height = embedFrameHeightPx(options.widget, options.layout, hasLimit(options.widget) ? options.limit : undefined);
  const title = WIDGET_TITLES[options.lang][options.widget];
  return `<iframe src="${escapeHtml(embedUrl(options, widgetsUrl))}" title="${escapeHtml(title)}" width="100%" height="${height}" style="width:100%;height:${height}px;border:0"></iframe>`;
}

/** The optional line beside the iframes, for sites that allow one script: each frame then fits its content. */
export const frameResizeLine = (widgetsUrl: string) =>
  `<script type="module" src="${escapeHtml(widgetsUrl.replace(/widgets\.js$/, 'widgets-frames.js'))}"></script>`;

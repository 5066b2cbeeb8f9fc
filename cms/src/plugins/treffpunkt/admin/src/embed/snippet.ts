/**
 * The widget a site owner configured on the embed page, as element attributes and as the
 * snippet to paste. The preview builds its element from the same attributes, so what the
 * page shows is what the snippet makes. Attributes at the widget's default are left out.
 */
import { escapeHtml } from '../../../shared/escape-html';
import { LANGUAGES, tagName, THEMES, WIDGET_DEFAULTS, type WidgetKind } from '../../../shared/widget-options';

export interface WidgetOptions {
  widget: WidgetKind;
  network: string;
  includeSubnetworks: boolean;
  /** Items per page: reports, or upcoming meetings. */
  limit: number;
  layout: string;
  theme: (typeof THEMES)[number];
  lang: (typeof LANGUAGES)[number];
  headingLevel: number;
  /** A page of the site for a report, with `{slug}`; empty: reports open inside the widget. */
  hrefTemplate: string;
}

/** Whether the widget shows pages of items, `limit` each. */
export const hasLimit = (widget: WidgetKind) => WIDGET_DEFAULTS[widget].limit !== undefined;

export function defaultOptions(network: string, lang: WidgetOptions['lang']): WidgetOptions {
  const widget = 'latest-reports';
  const { limit = 3, layout, headingLevel } = WIDGET_DEFAULTS[widget];
  return { widget, network, includeSubnetworks: false, limit, layout, theme: 'light', lang, headingLevel, hrefTemplate: '' };
}

/** Switching the widget keeps what they share and resets what only the other one has. */
export function withWidget(options: WidgetOptions, widget: WidgetKind): WidgetOptions {
  const { layout, headingLevel, limit = options.limit } = WIDGET_DEFAULTS[widget];
  return { ...options, widget, layout, headingLevel, limit };
}

/** Attribute name and value, in the order the snippet lists them; `''` is a boolean attribute. */
export function widgetAttributes(options: WidgetOptions): [string, string][] {
  const defaults = WIDGET_DEFAULTS[options.widget];
  const attributes: [string, string | false][] = [
    ['network', options.network],
    ['include-subnetworks', options.includeSubnetworks && ''],
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

/**
 * What the site owner pastes: the stylesheet that keeps the widget's place free (and the fallback
 * out of sight) until the script has run, the module script (both once per page) and the element.
 * A stylesheet, not an inline <style>, so that sites with a strict Content-Security-Policy keep it.
 */
export function snippet(options: WidgetOptions, widgetsUrl: string): string {
  const tag = tagName(options.widget);
  const attributes = widgetAttributes(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return [
    `<link rel="stylesheet" href="${escapeHtml(stylesheetUrl(widgetsUrl))}">`,
    `<script type="module" src="${escapeHtml(widgetsUrl)}"></script>`,
    `<${tag}${attributes}></${tag}>`,
  ].join('\n');
}

/**
 * The widget a site owner configured on the embed page, as element attributes and as the
 * snippet to paste. The preview builds its element from the same attributes, so what the
 * page shows is what the snippet makes. Attributes at the widget's default are left out.
 */
import { escapeHtml } from '../../../shared/escape-html';

export const WIDGETS = ['latest-reports', 'next-meeting', 'upcoming-meetings'] as const;
export type WidgetKind = (typeof WIDGETS)[number];

export const LAYOUTS: Record<WidgetKind, readonly string[]> = {
  'latest-reports': ['cards', 'list'],
  'next-meeting': ['card', 'compact'],
  'upcoming-meetings': [],
};
export const THEMES = ['light', 'dark', 'auto'] as const;
export const LANGUAGES = ['de', 'en'] as const;
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export const LIMIT_RANGE = { min: 1, max: 20 } as const;

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

/** The widgets' own defaults (see their documentation in widgets/src). */
const WIDGET_DEFAULTS: Record<WidgetKind, { limit?: number; layout: string; headingLevel: number }> = {
  'latest-reports': { limit: 3, layout: 'cards', headingLevel: 3 },
  'next-meeting': { layout: 'card', headingLevel: 2 },
  'upcoming-meetings': { limit: 5, layout: '', headingLevel: 3 },
};

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

export const tagName = (widget: WidgetKind) => `treffpunkt-${widget}`;

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

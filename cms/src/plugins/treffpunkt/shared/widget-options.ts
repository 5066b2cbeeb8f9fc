/**
 * The widgets' options as a site owner sets them: the element attributes of the script snippet
 * and, with the same names, the query parameters of the embed pages (/treffpunkt/embed/<widget>).
 * The admin's embed page offers these lists, the server checks embed options against them.
 */
import { EMBED_PATH } from './public-routes';
import { safeUrl } from './safe-url';
import { LOCALES } from './wire';

export const WIDGETS = ['latest-reports', 'next-meeting', 'upcoming-meetings'] as const;
export type WidgetKind = (typeof WIDGETS)[number];

export const LAYOUTS: Record<WidgetKind, readonly string[]> = {
  'latest-reports': ['cards', 'list'],
  'next-meeting': ['card', 'compact'],
  'upcoming-meetings': [],
};
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/**
 * The colour scheme an embed page declares for each theme. A frame whose page has another
 * scheme than the framing site gets an opaque background from the browser (white for a light
 * one): so on a dark site a dark or `auto` widget's frame stays see-through.
 */
export const THEME_COLOR_SCHEMES: Record<Theme, string> = { light: 'light', dark: 'dark', auto: 'light dark' };
export const LANGUAGES = LOCALES;
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export const LIMIT_RANGE = { min: 1, max: 20 } as const;
/** Where an embed page opens links: the framing page's window, or a new tab. */
export const LINK_TARGETS = ['_top', '_blank'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** The widgets' own defaults (see their documentation in widgets/src). */
export const WIDGET_DEFAULTS: Record<WidgetKind, { limit?: number; layout: string; headingLevel: number }> = {
  'latest-reports': { limit: 3, layout: 'cards', headingLevel: 3 },
  'next-meeting': { layout: 'card', headingLevel: 2 },
  'upcoming-meetings': { limit: 5, layout: '', headingLevel: 3 },
};

/** What each widget shows, as a visitor reads it: the embed page's title, the snippet's fallback link. */
export const WIDGET_TITLES: Record<(typeof LOCALES)[number], Record<WidgetKind, string>> = {
  de: { 'latest-reports': 'Aktuelle Berichte', 'next-meeting': 'Nächstes Treffen', 'upcoming-meetings': 'Kommende Treffen' },
  en: { 'latest-reports': 'Latest reports', 'next-meeting': 'Next meeting', 'upcoming-meetings': 'Upcoming meetings' },
};

export const tagName = (widget: WidgetKind) => `treffpunkt-${widget}` as const;

/** The longest report page address an embed page takes. */
export const SITE_REPORT_TEMPLATE_MAX_LENGTH = 500;

/**
 * Whether an embed page can take `value` as its `href-template`: an absolute http(s) address of
 * the site's report page with `{slug}`, where each report's slug goes. (The script snippet's
 * element also takes a relative one, which resolves against the host page; in an embed page it
 * would point at the CMS.) The server refuses any other; the admin leaves it out of the iframe.
 */
export function isSiteReportTemplate(value: string): boolean {
  return (
    value.length <= SITE_REPORT_TEMPLATE_MAX_LENGTH &&
    value.includes('{slug}') &&
    /^https?:/.test(safeUrl(value.replace(/\{slug\}/g, 'x')) ?? '')
  );
}

/** An embed page's address: the element's attributes as query parameters, and where links open. */
export function embedPageUrl(cms: string, widget: WidgetKind, attributes: [string, string][], target: LinkTarget = '_top'): string {
  const url = new URL(`${EMBED_PATH}/${widget}`, cms);
  for (const [name, value] of attributes) url.searchParams.set(name, value);
  if (target !== '_top') url.searchParams.set('target', target);
  return url.href;
}

/** Room around the element in an embed page, for the focus ring: 6px on each side. */
export const EMBED_PADDING_PX = 6;
const EM_PX = 16;

/**
 * The element's height in CSS pixels at the browser's default font size, as its styles fix it
 * (and widgets.css reserves it before the script has run): the embed pages' suggested frame
 * height is this plus their padding. A browser test compares it with the rendered page.
 */
export function widgetHeightPx(widget: WidgetKind, layout: string | undefined, limit: number | undefined): number {
  const rows = (count: number, rowEm: number) => count * rowEm + (count - 1) + 3;
  const em =
    widget === 'next-meeting'
      ? layout === 'compact'
        ? 29
        : 32
      : widget === 'upcoming-meetings'
        ? rows(limit ?? 5, 6)
        : layout === 'list'
          ? rows(limit ?? 3, 13)
          : 26;
  return em * EM_PX;
}

export const embedFrameHeightPx = (widget: WidgetKind, layout: string | undefined, limit: number | undefined) =>
  widgetHeightPx(widget, layout, limit) + 2 * EMBED_PADDING_PX;

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

/**
 * The widths of the element, in em of its font size, from which its box takes the next height of
 * WIDGET_BOXES: container queries on the element itself, so that a widget is set for the room it
 * gets, from a 280px sidebar to a 1280px column, and still never moves the page.
 */
export const WIDTH_STEPS_EM = [0, 26, 44, 60] as const;
/** From this width on (a step of WIDTH_STEPS_EM), a meeting card has two columns below its title. */
export const TWO_COLUMNS_EM = WIDTH_STEPS_EM[2];

/**
 * A box of fixed height at each width, in em of the element's font size: `rowEm` high, or for a
 * list (`perItem`) one such row per item of a page with the gap between them (--treffpunkt-gap,
 * 1rem by default); a paged widget has the row of "more" below (MORE_ROW_EM).
 */
export interface WidgetBox {
  /** The height from each step of WIDTH_STEPS_EM on, narrowest first; the last one holds for the wider steps. */
  rowEm: readonly number[];
  perItem?: boolean;
  more?: boolean;
}

/**
 * Each widget's box by layout: the one source of its height. The elements' styles set it, the build
 * writes widgets.css's rules from it (which reserve the place before the script has run), and the
 * embed pages and the admin suggest their frame's height by it. A meeting card's height at a step
 * is what the longest content an editor can enter takes at the step's narrowest width (from
 * 280px), a detailed card with a line of its summary left (test/widgets/worst-case.ts makes that
 * content).
 */
export const WIDGET_BOXES = {
  'latest-reports': { cards: { rowEm: [23], more: true }, list: { rowEm: [13], perItem: true, more: true } },
  'next-meeting': { card: { rowEm: [33.25, 28.5, 21.5, 19.5] }, compact: { rowEm: [29.5, 25, 18, 16.5] } },
  // One layout, without a name.
  'upcoming-meetings': { '': { rowEm: [6], perItem: true, more: true } },
} as const satisfies Record<WidgetKind, Record<string, WidgetBox>>;

/**
 * CSS that gives each selector of `boxes` the `declarations` for its box's height at each width
 * step where it changes (container queries: the element must be an inline-size container), one
 * query per step. Shared by the elements' styles and widgets.css, so both keep the same place at
 * every width.
 */
export function atWidthSteps(boxes: [selector: string, box: WidgetBox][], declarations: (rowEm: number) => string): string {
  return WIDTH_STEPS_EM.map((em, step) => {
    const rules = boxes.map(([selector, { rowEm }]) => (step < rowEm.length ? `${selector}{${declarations(rowEm[step])}}` : '')).join('');
    return step && rules ? `@container (min-width:${em}em){${rules}}` : rules;
  }).join('');
}

/** The layouts a widget offers (its `layout` attribute), by name. Pure: a bundle that does not use it leaves it out. */
export const LAYOUTS: Record<WidgetKind, readonly string[]> = /* @__PURE__ */ byWidget((widget) =>
  Object.keys(WIDGET_BOXES[widget]).filter(Boolean),
);

function byWidget<T>(value: (widget: WidgetKind) => T): Record<WidgetKind, T> {
  const result = {} as Record<WidgetKind, T>;
  for (const widget of WIDGETS) result[widget] = value(widget);
  return result;
}

/** The row under a paged list with its "more" button. */
export const MORE_ROW_EM = 3;
/** The default of --treffpunkt-gap, between a list's rows. */
export const GAP_REM = 1;

/** Room around the element in an embed page, for the focus ring: 6px on each side. */
export const EMBED_PADDING_PX = 6;
const EM_PX = 16;

/** The box of a widget's layout: an unknown or missing layout is the default one. */
export function widgetBox(widget: WidgetKind, layout: string | undefined): WidgetBox {
  const boxes: Record<string, WidgetBox> = WIDGET_BOXES[widget];
  return boxes[layout !== undefined && Object.hasOwn(boxes, layout) ? layout : WIDGET_DEFAULTS[widget].layout];
}

/**
 * The element's height in CSS pixels at the browser's default font size, at its tallest (in a
 * narrow column): the embed pages' suggested frame height is this plus their padding, so that
 * nothing is cut at any width (in a wider frame the widget is lower, and widgets-frames.js or
 * WordPress fit the frame to it). A browser test compares it with the rendered page.
 */
export function widgetHeightPx(widget: WidgetKind, layout: string | undefined, limit: number | undefined): number {
  const box = widgetBox(widget, layout);
  const rows = box.perItem ? (limit ?? WIDGET_DEFAULTS[widget].limit ?? 1) : 1;
  const em = rows * Math.max(...box.rowEm) + (rows - 1) * GAP_REM + (box.more ? MORE_ROW_EM : 0);
  return em * EM_PX;
}

export const embedFrameHeightPx = (widget: WidgetKind, layout: string | undefined, limit: number | undefined) =>
  widgetHeightPx(widget, layout, limit) + 2 * EMBED_PADDING_PX;

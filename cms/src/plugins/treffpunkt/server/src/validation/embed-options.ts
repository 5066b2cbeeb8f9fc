/**
 * The options of an embed page (/treffpunkt/embed/<widget>?network=…): the element's attributes
 * as query parameters, plus `target`. Checked before anything is rendered; a wrong one is a 400
 * page naming it.
 */
import { z } from 'zod';
import {
  HEADING_LEVELS,
  LANGUAGES,
  LAYOUTS,
  LINK_TARGETS,
  LIMIT_RANGE,
  isSiteReportTemplate,
  SITE_REPORT_TEMPLATE_MAX_LENGTH,
  THEMES,
  type LinkTarget,
  type Theme,
  type WidgetKind,
} from 'treffpunkt-shared/widget-options';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';
import { kinds, networkList, parseOrRefuse, tag, wholeNumber } from './public-queries';

const oneOf = <Value extends string>(values: readonly Value[]) =>
  z.enum(values as [Value, ...Value[]], { message: `must be one of ${values.join(', ')}` });

/**
 * A boolean attribute as a query parameter: present (`&include-subnetworks`, which Strapi's query
 * parser reads as null, or `=true`) or `=false`.
 */
const flag = z
  .enum(['', 'true', 'false'], { message: 'must be empty, true or false' })
  .nullable()
  .transform((value) => value !== 'false');

/** A page of the site with `{slug}`, http(s) only: the embed page's links leave the frame to it. */
const hrefTemplate = z.string().refine(isSiteReportTemplate, {
  message: `must be an absolute http(s) address with {slug}, at most ${SITE_REPORT_TEMPLATE_MAX_LENGTH} characters, e.g. https://example.org/berichte/{slug}`,
});

function optionsSchema(widget: WidgetKind) {
  const lists = widget !== 'next-meeting';
  return z.strictObject({
    network: networkList,
    'include-subnetworks': flag.optional(),
    lang: oneOf(LANGUAGES).optional(),
    theme: oneOf(THEMES).optional(),
    'heading-level': wholeNumber(HEADING_LEVELS[0], HEADING_LEVELS[HEADING_LEVELS.length - 1]).optional(),
    'href-template': hrefTemplate.optional(),
    target: oneOf(LINK_TARGETS).optional(),
    ...(LAYOUTS[widget].length ? { layout: oneOf(LAYOUTS[widget]).optional() } : {}),
    ...(lists ? { limit: wholeNumber(LIMIT_RANGE.min, LIMIT_RANGE.max).optional() } : {}),
    tag: tag.optional(),
    ...(widget === 'latest-reports' ? {} : { kind: kinds.optional() }),
  });
}

const SCHEMAS = {
  'latest-reports': optionsSchema('latest-reports'),
  'next-meeting': optionsSchema('next-meeting'),
  'upcoming-meetings': optionsSchema('upcoming-meetings'),
} satisfies Record<WidgetKind, unknown>;

export interface EmbedOptions {
  /** The element's attributes, in the order given (a boolean one as `''`). */
  attributes: Record<string, string>;
  lang: Locale;
  target: LinkTarget;
  theme: Theme;
  layout?: string;
  limit?: number;
}

const WORDS = { noun: 'Option', unknown: 'is not an option of this widget' };

/**
 * What the schemas give. The keys that only some widgets have come from conditional spreads, which
 * zod types as unknown; the two read below are typed here.
 */
type Parsed = z.output<ReturnType<typeof optionsSchema>> & { layout?: string; limit?: number };

export function parseEmbedOptions(widget: WidgetKind, query: unknown): EmbedOptions {
  const { target = '_top', ...options } = parseOrRefuse(SCHEMAS[widget], query, WORDS) as Parsed;
  const lang = options.lang ?? DEFAULT_LOCALE;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...options, lang })) {
    if (value === false || value === undefined) continue;
    attributes[name] = value === true ? '' : Array.isArray(value) ? value.join(',') : String(value);
  }
  return { attributes, lang, target, theme: options.theme ?? 'light', layout: options.layout, limit: options.limit };
}

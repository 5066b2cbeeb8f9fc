/**
 * Which of Treffpunkt's addresses a pasted link is: a network's, a report's or a meeting's page
 * (a series date's too), or an embed page. Read from the address alone, by the paths of
 * shared/public-routes.ts; whether there is such a published document is the service's question.
 */
import { toLocale } from 'treffpunkt-shared/locales';
import { EMBED_PATH, MEETING_PAGE_PATH, NETWORK_PAGE_PATH, OCCURRENCE_PAGE_PATH, REPORT_PAGE_PATH } from 'treffpunkt-shared/public-routes';
import { WIDGETS, type WidgetKind } from 'treffpunkt-shared/widget-options';
import type { Locale } from 'treffpunkt-shared/wire';

export type Address =
  | { kind: 'network'; network: string; locale: Locale }
  | { kind: 'report'; network: string; slug: string; locale: Locale }
  | { kind: 'meeting'; network: string; slug: string; date: string | null; locale: Locale }
  /** An embed page: its options as a query (a repeated one as a list), and a deep link in its hash. */
  | { kind: 'embed'; widget: WidgetKind; query: Record<string, string | string[]>; hash: string };

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const DATE = '\\d{4}-\\d{2}-\\d{2}';

/** A route path as a pattern: each `:name` one path segment of the given form, a trailing slash allowed. */
function pattern(path: string, forms: Record<string, string>): RegExp {
  const segments = path.split('/').map((segment) => {
    const name = segment.startsWith(':') ? segment.slice(1) : null;
    return name ? `(?<${name}>${forms[name] ?? SLUG})` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${segments.join('/')}/?$`);
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length > 1 ? values : values[0];
  }
  return query;
}

type Params = Record<string, string>;
const localeOf = (url: URL) => toLocale(url.searchParams.get('lang'));

/** Each kind of address: its path, and what it names. */
const READERS: [RegExp, (params: Params, url: URL) => Address][] = [
  [pattern(NETWORK_PAGE_PATH, {}), ({ network }, url) => ({ kind: 'network', network, locale: localeOf(url) })],
  [pattern(REPORT_PAGE_PATH, {}), ({ network, slug }, url) => ({ kind: 'report', network, slug, locale: localeOf(url) })],
  [pattern(MEETING_PAGE_PATH, {}), ({ network, slug }, url) => ({ kind: 'meeting', network, slug, date: null, locale: localeOf(url) })],
  [
    pattern(OCCURRENCE_PAGE_PATH, { date: DATE }),
    ({ network, slug, date }, url) => ({ kind: 'meeting', network, slug, date, locale: localeOf(url) }),
  ],
  [
    pattern(`${EMBED_PATH}/:widget`, { widget: WIDGETS.join('|') }),
    ({ widget }, url) => ({ kind: 'embed', widget: widget as WidgetKind, query: queryOf(url.searchParams), hash: url.hash }),
  ],
];

/** What the address `url`'s path names, or null when it is none of ours. */
export function readAddress(url: URL): Address | null {
  for (const [path, read] of READERS) {
    const params = path.exec(url.pathname)?.groups;
    if (params) return read(params, url);
  }
  return null;
}
